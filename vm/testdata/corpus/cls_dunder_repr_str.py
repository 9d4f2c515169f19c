class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __str__(self):
        return "<" + ", ".join(map(str, self.c)) + ">"
v = V(1, 2)
print(v, repr(v), str(v), [v], {"k": v}, (v,), "%s %r" % (v, v), f"{v} {v!r}", "{} {!r}".format(v, v))
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), [str(o)])
class Fmt:
    def __format__(self, spec):
        return "fmt:" + spec
print(f"{Fmt():>5}", format(Fmt(), ""), "{:x}".format(Fmt()))
class Inherit(V):
    pass
print(Inherit(3), repr(Inherit(3)))
