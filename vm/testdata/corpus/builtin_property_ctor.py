class R:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = v * 2
    def del_w(self):
        self._w = None
    w = property(get_w, set_w, del_w, "the w")
    ro = property(lambda self: "read only")
r = R()
print(r.w)
r.w = 5
print(r.w)
del r.w
print(r.w, R.w.__doc__, r.ro)
try:
    r.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(r)
except AttributeError as e:
    print(type(e).__name__, e)
p2 = R.w.setter(lambda self, v: setattr(self, "_w", -v))
R.w = p2
r.w = 3
print(r.w, isinstance(R.__dict__["ro"], property))
