x = "global x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.comp)
def f():
    v = "func v"
    class Inner:
        v = "class v"
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(f())
def g():
    a = 1
    class K:
        b = a + 1
        nums = [a * i for i in range(3)]
    return K.b, K.nums
print(g())
class Counter:
    total = 0
    def bump(self):
        Counter.total += 1
        return Counter.total
c = Counter()
print(c.bump(), c.bump())
class Shadow:
    len = 5
    size = len
    def m(self):
        return len("abc")
print(Shadow.size, Shadow().m())
def h():
    y = 10
    class A:
        y = 20
        def m(self):
            return y
    return A().m()
print(h())
