# collections.namedtuple: fields, defaults, _make/_replace/_asdict, errors.
from collections import namedtuple


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(type(p).__name__, Point.__name__, p.count(1), p.index(2))
print(Point.__module__)
show("missing", Point, 1)
show("extra", Point, 1, 2, 3)
show("unknown kw", Point, 1, 2, z=3)
show("make wrong", Point._make, [1])
show("replace bad", p._replace, z=1)
show("set attr", setattr, p, 'x', 5)

P3 = namedtuple('P3', 'a, b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(namedtuple('R', 'a def class _x', rename=True)._fields)
show("bad name", namedtuple, 'Bad', 'a 1b')
show("keyword", namedtuple, 'Bad', 'a def')
show("underscore", namedtuple, 'Bad', 'a _b')
show("duplicate", namedtuple, 'Bad', 'a b a')
show("too many defaults", namedtuple, 'Bad', 'a', defaults=[1, 2])


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
one = namedtuple('One', 'value')
print(one(5), one._fields)
print(namedtuple('Empty', '')())
