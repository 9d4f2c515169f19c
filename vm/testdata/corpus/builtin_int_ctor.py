print(int(), int(5), int(-3.9), int(3.9), int("42"), int(" -7 "), int("+8"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int(True), int(1e20), int("9" * 30), int(2.0 ** 70))
for bad in ["", "1.5", "abc", "1__0", "0x", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __int__(self):
        return 99
class X:
    def __index__(self):
        return 7
print(int(I()), int(X()))
print(int("١٢٣"), int("0010"), int(b"12"))
