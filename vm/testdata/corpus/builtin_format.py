print(format(5), format(5, "03d"), format(3.14159, ".2f"), format("s", ">4"), format(255, "x"), format(255, "#X"))
print(format(1234567, ","), format(0.5, "%"), format(0.125, ".1%"), format(1e6, "e"), format(1e6, ".2g"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(-0.0, "f"))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(12, "b"), format(12, "o"), format(-12, "+08d"), format(12, "^9"), format("ab", "-^6"))
print(format(3, "c") if False else format(97, "c"), format(1.5, "n"), format(1234.5, "_.1f"))
