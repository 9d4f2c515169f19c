for x in range(-2, 3):
    print(x, "pos" if x > 0 else "zero" if x == 0 else "neg")
def side(v):
    print("eval", v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
y = [1, 2] if False else (3, 4)
print(y)
print((lambda: 1) if True else None)() if False else print("fine")
