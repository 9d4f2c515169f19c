# Names and attributes stored through globals(), vars() and __dict__ are
# defined; dir() with no argument reads every local. A name in the branch
# of a conditional expression that a constant test never takes is not read.
globals()["injected"] = "yes"
print(injected)
print(injectedd)  # want "name 'injectedd' is not defined"


class P:
    def __init__(self):
        self.a = 1


p = P()
vars(p)["c"] = 3
p.__dict__["d"] = 4
print(p.c, p.d, p.e)  # want "'P' object has no attribute 'e'"


def f():
    x = 1
    return dir()


def g():
    y = 2  # want "local variable 'y' is assigned to but never used"
    return dir(f)


print(f(), g())
print(never_read if False else 1, 2 if True else never_read_either)
print(read_now if True else 0)  # want "name 'read_now' is not defined"


def own_frame():
    import sys
    marker = "mine"
    return sys._getframe().f_locals["marker"]


def other():
    unused = 1  # want "local variable 'unused' is assigned to but never used"
    return own_frame()
