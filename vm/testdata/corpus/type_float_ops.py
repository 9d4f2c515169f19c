import sys
print(1.5.is_integer(), (3.0).hex(), float.fromhex("0x1p-2"), (1e100).as_integer_ratio()[1] == 1)
print(int(2.9), int(-2.9), int(1e15 + 0.5), float(int(1e15)), round(2.675, 2), round(-0.5))
print(1.0 < 2, 2 < 1.5, 1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 > float("inf"), float("inf") > 10 ** 400)
print(float("nan") < 1, float("nan") > 1, max(1.0, float("nan")), min(float("nan"), 1.0))
print(hash(1.0) == hash(1), {1.0: "a", 1: "b"}, 1.0 in {1}, 0.0 == -0.0, {0.0: 1, -0.0: 2})
print(abs(-1e-300), -1e-300 * 1e-300, 1e308 + 1e308, -(1e308 + 1e308))
print(sys.float_info.max if hasattr(sys, "float_info") else 1.7976931348623157e308)
print(3.0 % 0.7, -3.0 % 0.7, 3.0 // 0.7, 0.7 * 4, 1e300 % 7)
print(5 / 2, 5 // 2.0, -5 / 2, -5 // 2.0, 5.5 // -2)
print(float.__name__, type(1e5).__name__, isinstance(1.0, float), (2.5).real, (2.5).imag, (2.5).conjugate())
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + float.__repr__(self) + ")"
mf = MyFloat(2.5)
print(mf, mf + 1, type(mf + 1).__name__, isinstance(mf, float))
