def v(tag, val=None):
    print("eval", tag)
    return val if val is not None else tag
d = {}
d[v("key")] = v("value")
print(d)
x = [0, 0]
x[v("idx", 1)] = v("rhs", 9)
print(x)
print(v("a", 1) + v("b", 2) * v("c", 3))
def f(*a, **k):
    return a, k
print(f(v("p1"), v("p2"), k=v("kw")))
print({v("k1"): v("v1"), v("k2"): v("v2")})
print([v("l1"), v("l2")][v("i", 1)])
v("obj", f)(v("arg"))
a, b = v("first", 1), v("second", 2)
class O:
    pass
o = O()
o.attr = v("attr-rhs", 5)
o.attr += v("aug", 1)
print(o.attr)
print(v("l", 1) < v("m", 2) < v("r", 0))
print(v("cond", 0) or v("alt", 3))
