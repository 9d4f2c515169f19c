o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, hasattr(o, "__class__"), o.__class__ is object)
class C:
    pass
c = C()
print(c.__eq__(c), c.__eq__(1), c.__ne__(c), c.__hash__() == hash(c))
print(object.__str__ is not None, str(C.__mro__[-1]))
print("__init__" in dir(object), "__repr__" in dir(c))
try:
    C(1)
except TypeError as e:
    print(type(e).__name__, e)
