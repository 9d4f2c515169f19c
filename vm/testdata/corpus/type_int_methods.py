print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).to_bytes(2, "big"), (10).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True), (5).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((6).as_integer_ratio(), int.__name__, (3).__add__(4), (3).__radd__(4), (10).__floordiv__(3))
print((5).__eq__(5), (5).__eq__("5"), (5).__lt__(6), (5).__neg__(), (0).__bool__())
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (2 ** 70 - 1).bit_count())
print(True.__class__.__name__, (1).__class__ is int, isinstance(2 ** 100, int))
class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m + 1).__name__, m * 2, repr(m), isinstance(m, int), m == 5, hash(m) == hash(5))
