print(str(), str(1), str(1.0), str(None), str(True), str([1, "a"]), str({"k": (1,)}), str(b"ab"))
print(repr(str("x")), str(str), str(int), str(ValueError("m")), str(KeyError("k")))
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(str(S()), repr(S()), [S()], f"{S()}", "%s %r" % (S(), S()))
class OnlyRepr:
    def __repr__(self):
        return "OR"
print(str(OnlyRepr()), OnlyRepr())
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str(1e100), str(12345678901234567890.0), str(-1.5e-7))
