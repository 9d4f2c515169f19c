def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(a=1, c=2, b=3, zz=0))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4))
print(g(1, 2, c=3, d=4))
try:
    g(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, only):
    return only
print(h(only=1))
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def k(x, y):
    return x - y
try:
    k(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
def pos_kw(a, /, **kw):
    return a, kw
print(pos_kw(1, a=2))
