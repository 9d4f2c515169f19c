# weakref.ref: calling a ref returns its (live) object; refs to equal
# objects compare equal; objects CPython cannot reference are refused.
import weakref


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Node:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


a = Node('a')
r = weakref.ref(a)
print(r() is a, r().name, type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
a2, b = Node('a'), Node('b')
print(weakref.ref(a) == r, weakref.ref(a2) == r, weakref.ref(b) != r, hash(r) == hash(a), r == a)
print(repr(r).startswith('<weakref at 0x'), "to 'Node' at" in repr(r))
print(r.__callback__, weakref.ref(a, print).__callback__ is print)


def f():
    pass


class ListSub(list):
    pass


class MyError(Exception):
    pass


for obj in (f, Node, {1}, frozenset(), ListSub(), MyError('x'), weakref, len):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for obj in (1, 'str', (1,), [1], {}, None, 1.5, True, b'x', ValueError('v')):
    show(type(obj).__name__, weakref.ref, obj)
show("no args", weakref.ref)
cache = weakref.WeakValueDictionary()
cache['a'] = a
print(cache['a'] is a, len(cache), 'a' in cache)
