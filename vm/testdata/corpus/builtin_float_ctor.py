print(float(), float(3), float("1.5"), float(" -2.25 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(True), float(10 ** 20), float("  3  "))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
print(float("1e500"), float("-1e500"), float("1e-500"))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (3.0).conjugate() if hasattr(3.0, 'conjugate') else 'na')
print((2.5).__trunc__() if hasattr(2.5, '__trunc__') else 'na', float.__name__)
