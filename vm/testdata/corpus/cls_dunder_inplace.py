class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2; a *= 10; a |= 1
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("fallback to add")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "used __add__"
n = NI()
n += 1
print(n)
lst = [Acc(0)]
lst[0] += 3
print(lst)
class Holder:
    pass
h = Holder()
h.acc = Acc(10)
h.acc += 1
print(h.acc)
