# Instruction pairs that the VM fuses (LOAD_FAST LOAD_FAST, LOAD_FAST
# LOAD_CONST, STORE_FAST LOAD_FAST, LOAD_FAST LOAD_ATTR, COMPARE_OP then a
# conditional jump), on the paths their fast paths do not take: operands
# that are not small ints, attributes from properties and __getattr__,
# unbound locals in either place, and a missing attribute.
class P:
    def __init__(self):
        self.x = 1
    @property
    def y(self):
        return self.x + 1
    def __lt__(self, other):
        return self.x < other.x

class G:
    def __getattr__(self, name):
        return name * 2

def compare(a, b):
    if a < b:
        return "lt"
    if a >= b:
        return "ge"
    return "neither"

def attrs(o):
    return o.x, o.y

def unbound_first():
    print(a, b)
    a = b = 0

def unbound_second():
    a = 1
    print(a, b)
    b = 0

def unbound_after_store():
    c = 1
    d = c
    print(d, e)
    e = 0

print(compare(1, 2), compare(2, 1), compare(1.5, 1), compare("a", "b"), compare(2**70, 1))
try:
    compare(P(), P())
except TypeError as e:
    print(e)
print(compare(float("nan"), 1.0))
print(attrs(P()))
g = G()
print(g.x if g.x else None)
for f in (unbound_first, unbound_second, unbound_after_store):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
def missing(o):
    return o.nope
try:
    missing(P())
except AttributeError as e:
    print(e)
i = 0
n = 3
while i < n:
    i += 1
print(i)

def locals_in_loop(n):
    total = 0
    k = 0
    while k < n:
        total = total + k
        k = k + 1
    return total, k
print(locals_in_loop(5))
def unbound_in_attr():
    print(o.x)
    o = P()
try:
    unbound_in_attr()
except UnboundLocalError as e:
    print(e)


class Shadowed:
    def m(self):
        return "class"


s = Shadowed()
print(s.m())
s.m = lambda: "instance"
print(s.m())


class Counted:
    def __init__(self):
        self.n = 0

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


c = Counted()
c.n += 1
c.n += 1
print(c.n)


def bump(o):
    o.n += 1
    o.n += 2.5
    return o.n


c2 = Counted.__new__(Counted)
object.__setattr__(c2, "n", 2**62)
print(bump(c2), bump(c2))


def arith(x):
    return x + 1, x * 2, x % 3, x - 1


def mask(x):
    return x & 7


print(arith(5), arith(2**63 - 1), arith(-2**63), arith(1.5), arith(True))
print(mask(13), mask(2**70 + 5), mask(True))
for bad in ("s", None):
    try:
        arith(bad)
    except TypeError as e:
        print(e)
try:
    mask(1.5)
except TypeError as e:
    print(e)


def unbound_return():
    if False:
        r = 1
    return r


try:
    unbound_return()
except UnboundLocalError as e:
    print(e)
