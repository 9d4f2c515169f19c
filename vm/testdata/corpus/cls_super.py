class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def m(self, x):
        return "A.m(%s)" % x
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def m(self, x):
        return "B>" + super().m(x)
    @classmethod
    def c(cls):
        return "B>" + super().c()
class C(B):
    def m(self, x):
        return "C>" + super(C, self).m(x)
    def skip(self, x):
        return super(B, self).m(x)
obj = C()
print(obj.a, obj.b, obj.m(1), obj.skip(2), C.c())
class Mixin:
    def greet(self):
        return "mixin>" + super().greet()
class Core:
    def greet(self):
        return "core"
class Combined(Mixin, Core):
    pass
print(Combined().greet())
class S(A):
    def m(self, x):
        def inner():
            return super(S, self).m(x)
        return "S>" + inner()
print(S().m(3))
sup = super(B, B())
print(sup.m(9))
class NoInit:
    pass
class Sub(NoInit):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(Sub(5).v)
