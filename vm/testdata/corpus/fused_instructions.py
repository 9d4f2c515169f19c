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
