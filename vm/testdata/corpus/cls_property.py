class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class Old:
    def _get(self):
        return "via property()"
    x = property(_get, doc="documented")
print(Old().x, Old.x.__doc__)
class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"
print(Sub(5).celsius)
class Lazy:
    @property
    def value(self):
        raise AttributeError("computed attr missing")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(Lazy().value)
