print(type(1), type("s"), type(None), type([]), type(type), type(print), type(len).__name__)
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(()).__name__)
class A: pass
class B(A): pass
b = B()
print(type(b).__name__, type(b) is B, isinstance(b, A), isinstance(b, B), isinstance(A(), B))
print(isinstance(1, (str, int)), isinstance("s", (int, (float, str))), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(B, (int, A)))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(SystemExit, Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (A,), {"x": 5, "m": lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.m(), isinstance(t, A), T.__bases__[0].__name__)
print(type(t).__mro__[1].__name__, [c.__name__ for c in B.__mro__])
print(A.__name__, A.__qualname__, B.__bases__ == (A,), A.__bases__ == (object,))
class M(type): pass
class WithMeta(metaclass=M): pass
print(type(WithMeta).__name__, isinstance(WithMeta, type))
