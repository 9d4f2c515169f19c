class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError("%r has no %r" % (type(self).__name__, name))
d = Dyn()
print(d.real, d.get_thing(), hasattr(d, "nope"), hasattr(d, "get_x"), getattr(d, "nope", "dflt"))
class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
r = Rec()
r.a = "x"
r.b = 2
print(r.a, r.b, vars(r))
del r.a
print(hasattr(r, "a"))
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = GA()
g.other = 1
print(g.secret, g.other)
