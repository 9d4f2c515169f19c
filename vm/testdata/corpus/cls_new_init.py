class Singleton:
    _inst = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), len(Upper("abc")), Upper("x") == "X")
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.created = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.created, p.x, p.y)
class Factory:
    def __new__(cls, kind):
        if kind == "a":
            return object.__new__(A)
        return object.__new__(cls)
class A(Factory):
    def __init__(self, kind):
        self.kind = "A:" + kind
fa = Factory("a")
print(type(fa).__name__, fa.kind)
