def f():
    import sys
    return sys.maxsize > 0
print(f())
try:
    sys
except NameError as e:
    print(type(e).__name__, e)
def g():
    from sys import argv as a
    return type(a).__name__
print(g())
import sys as system
print(system.maxsize == sys_maxsize if False else system.__name__)
class C:
    import sys
    ok = sys.maxsize > 1
print(C.ok, C.sys.__name__)
