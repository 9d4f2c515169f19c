class C:
    shared = []
    counter = 0
    def __init__(self):
        self.own = []
    def add(self, x):
        self.shared.append(x)
        self.own.append(x)
a, b = C(), C()
a.add(1); b.add(2)
print(C.shared, a.own, b.own)
a.counter += 1
print(a.counter, b.counter, C.counter)
class D:
    x = 1
    y = x * 2
    z = [x, y]
    def f(self):
        return self.x
print(D.y, D.z, D().f())
D.f2 = lambda self: "added later"
print(D().f2())
def external(self, v):
    return v * 2
D.ext = external
print(D().ext(4), D.ext(None, 5))
class Outer:
    class Inner:
        val = "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.__qualname__, Outer.Inner.__name__)
class WithDoc:
    "docstring"
print(WithDoc.__doc__, C.__doc__)
o = C()
o.__dict__["dyn"] = 5
print(o.dyn, "dyn" in vars(o))
