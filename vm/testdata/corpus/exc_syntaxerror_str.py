# str() of SyntaxError: msg, then the file's base name and the line when set.
try:
    eval("1 +")
except SyntaxError as e:
    print(e)
    print(e.msg, e.lineno, e.filename)
print(str(SyntaxError("bad", ("dir/f.py", 3, 2, "x y\n", 3, 3))))
print(str(SyntaxError("only")))
print(str(SyntaxError("m", ("f.py", None, None, None))))
print(str(SyntaxError("m", (None, 5, None, None))))
print(repr(str(SyntaxError())))
e = SyntaxError("m", ("f.py", 2, 1, "t"))
e.msg = "changed"
print(str(e), e.text, e.end_lineno, e.offset)
try:
    SyntaxError("m", ("f.py", 2))
except TypeError as e:
    print("TypeError:", e)
try:
    raise SyntaxError("plain")
except SyntaxError as e:
    print(e.lineno, e.filename, repr(e))
raise SyntaxError("bad thing", ("f.py", 3, 2, "x y\n", 3, 3))
