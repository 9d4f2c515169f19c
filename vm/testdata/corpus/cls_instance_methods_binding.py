class A:
    def m(self):
        return "A.m on " + type(self).__name__
a = A()
f = a.m
print(f(), A.m(a))
print(type(f).__name__, type(A.m).__name__)
class B:
    pass
b = B()
b.m = a.m
print(b.m())
b.g = lambda: "instance lambda, no self"
print(b.g())
try:
    A.m()
except TypeError as e:
    print(type(e).__name__, e)
methods = [a.m, A().m]
print([m() for m in methods])
print(a.m == a.m, a.m is a.m)
class Cnt:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Cnt()
c.inc().inc().inc()
print(c.n)
inc = c.inc
for _ in range(3):
    inc()
print(c.n)
print(list(map(Cnt.inc, [Cnt(), Cnt()]))[0].n)
print("abc".upper.__self__, [].append.__name__)
