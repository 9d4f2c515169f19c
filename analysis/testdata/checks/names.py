import os  # want "unused-import"
import sys
from collections import deque, OrderedDict  # want "'collections.OrderedDict' is imported but never used"
import os.path as osp  # want "unused-import"

print(sys.argv, deque)
print(undefined_thing)  # want "undefined-name"
print(lenn([]))  # want "did you mean 'len'"

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer():
    total = 0

    def inner():
        nonlocal total
        total += 1

    inner()
    return total


class Config:
    size = 10
    doubled = size * 2
    names = [n for n in range(size)]

    def method(self):
        return size  # want "name 'size' is not defined"

    def ok(self):
        return self.size + Config.doubled


def locals_unused():
    result = compute()  # want "local variable 'result' is assigned to but never used"
    _ignored = compute()
    a, b = compute(), compute()
    for i in range(3):
        pass
    return a


def compute():
    return 1


def compute():  # want "redefined"
    return 2


if sys.argv:
    def choose():
        return 1
else:
    def choose():
        return 2

lam = lambda x, y=counter: x + y
squares = {k: v for k, v in zip(range(3), range(3))}
gen = (x for x in range(3) if x)
print(lam, squares, gen, choose, bump, outer, Config, locals_unused, __name__, __file__)
print([w := 5, w])


class Node:
    def __init__(self):
        self.cls = __class__


try:
    import missing_module
except ImportError:
    missing_module = None
print(missing_module, osp_unused := 1, osp_unused)
