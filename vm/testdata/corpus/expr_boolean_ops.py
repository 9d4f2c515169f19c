print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print(not 1, not 0, not [], not [0], not None)
def v(x):
    print("eval", repr(x))
    return x
print(v(0) and v(1))
print(v(1) and v(2))
print(v(0) or v(""))
print(v(3) or v(4))
print(v(1) and v(0) or v("fallback"))
print(not v(1) == 2)
print(True and not False, not (True and False))
print([] or {} or (), [0] and (1,) and "last")
x = None
print(x is None and "none", x is not None or "not-not")
