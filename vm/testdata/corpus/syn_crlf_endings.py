x = 1
if x:
    print("crlf line endings", x)
s = """a
b"""
print(repr(s), len(s))
print("end")
