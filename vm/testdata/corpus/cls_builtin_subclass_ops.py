class Meters(float):
    def __repr__(self):
        return "%sm" % float.__repr__(self)
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(1.5) + Meters(2)
print(m, repr(m), type(m).__name__, m * 2, type(m * 2).__name__, m > 3, round(m))
class Loud(str):
    def __str__(self):
        return self.upper()
l = Loud("hey")
print(l, str(l), repr(l), l + "!", f"{l}", "%s" % l, l.title(), len(l), l == "hey")
class Bits(int):
    def __repr__(self):
        return "Bits(%s)" % bin(self)
b = Bits(5)
print(repr(b), b + 1, b & 4, repr(Bits(b | 2)), int(b), isinstance(b, int), b.bit_length())
class Tally(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, self.get(k, 0) + v)
t = Tally()
t["a"] = 1
t["a"] = 5
print(t, t.get("a"), dict(t))
