vals = [0, 1, -1, 42, -42, 123456789, 2 ** 70]
for v in vals:
    print(format(v, "d"), format(v, "+d"), format(v, "10,d"), format(v, "#x"), format(v, "#o"), format(v, "b")[:20], format(v, "e"))
fl = [0.0, -0.0, 1.5, -2.25, 1e-10, 1e10, 123.456, float("inf"), float("-inf"), float("nan"), 1 / 3]
for v in fl:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3g"), format(v, "%"), format(v, "+.1f"), format(v, "10.4"))
print(format(1e100, ".2f")[:20], format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format("text", "<10") + "|", format("text", ">10"), format("text", "^10") + "|", format("text", ".2"))
print(format(12.0, "g"), format(12.0, "#g"), format(0.00001234, "g"), format(123456789, "g"), format(1.0, "e"))
print(format(1234.5678, ",.2f"), format(1234.5678, "_.3f"), format(-1234, "_"), format(255, "_x"), format(65535, "_b"))
print(format(3.14, "=+10.2f"), format(-3, "010"), format(3, "x<5"), format(True, ">5"), format(str(None), ">6"))
