class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
print(Base() + Sub())
print(Sub() + Base())
print(1 + Base())
class Ni:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    Ni() + Ni()
except TypeError as e:
    print(type(e).__name__, e)
class Eq1:
    def __eq__(self, other):
        print("Eq1.__eq__")
        return NotImplemented
class Eq2:
    def __eq__(self, other):
        print("Eq2.__eq__")
        return NotImplemented
print(Eq1() == Eq2())
print(Eq1() != Eq2())
class Lt:
    def __lt__(self, other):
        return "Lt.__lt__"
class Gt:
    def __gt__(self, other):
        return "Gt.__gt__"
print(Lt() < Gt(), Gt() > Lt())
try:
    Lt() > Gt()
except TypeError as e:
    print(type(e).__name__, e)
class SubInt(int):
    def __radd__(self, other):
        return "SubInt.__radd__"
print(1 + SubInt(2), SubInt(2) + 1)
