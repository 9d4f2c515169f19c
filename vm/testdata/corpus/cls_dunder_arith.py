class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, o):
        return "lshift"
    def __rshift__(self, o):
        return "rshift"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(a & b, a | b, a ^ b, a << 1, a >> 1)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - a
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __radd__(self, other):
        return Money(self.c + other)
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2)], 0) if False else 0 + Money(5), sum([1, 2], Money(0)) if False else "skip")
class R:
    def __rsub__(self, o): return "rsub %r" % (o,)
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
r = R()
print(1 - r, 1 / r, 1 // r, 1 % r, 1 ** r, 1 & r, 1 | r, 1 ^ r, 1 << r, 1 >> r)
