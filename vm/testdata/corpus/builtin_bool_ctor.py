print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None))
print(bool({}), bool(set()), bool(range(0)), bool(b""), bool(0))
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(T()), bool(L()), bool(Both()), bool(Neither()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(True + 1, True == 1, isinstance(True, int), type(True), repr(False), str(True))
print(True & False, True | False, True ^ True, ~True, -True)
if L():
    print("no")
else:
    print("len 0 is false")
print(not T(), T() or "alt", Both() and "both")
