# A frame has one frame object: sys._getframe() twice is the same object,
# and a generator's gi_frame too; different calls have different frames.
import sys


def f():
    return sys._getframe()


a = sys._getframe()
b = sys._getframe()
print(a is b, f() is f(), a.f_lineno, a.f_code.co_name)


def g():
    yield 1


x = g()
print(x.gi_frame is x.gi_frame)
print(f().f_back is a)
