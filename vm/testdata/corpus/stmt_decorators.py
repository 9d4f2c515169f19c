def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
@trace
def add(x, y):
    return x + y
add(1, y=2)
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag("outer")
@trace
def mul(x, y):
    return x * y
print(mul.tag)
mul(3, 4)
def order(label):
    print("make", label)
    def d(fn):
        print("apply", label)
        return fn
    return d
@order("a")
@order("b")
def z():
    pass
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(registry)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(5, 3)
@(lambda f: lambda: f() * 2)
def two():
    return 21
print(two())
