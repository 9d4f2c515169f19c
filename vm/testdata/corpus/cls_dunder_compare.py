class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == "1.2", a != "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(len({a, b, c}), {a: "x"}[c])
class OnlyEq:
    def __eq__(self, other):
        print("eq called")
        return True
print(OnlyEq() == 5, 5 == OnlyEq(), OnlyEq() != 5)
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __gt__(self, other):
        print("Rev.__gt__")
        return True
print(1 < Rev())
class NE:
    def __ne__(self, other):
        return "custom ne"
print(NE() != 1, NE() == NE())
