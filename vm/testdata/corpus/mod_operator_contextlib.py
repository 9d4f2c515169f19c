import operator
from contextlib import contextmanager, suppress
print(operator.add(2, 3), operator.mul(4, 5), operator.itemgetter(1)([7, 8, 9]), operator.attrgetter("real")(5))
print(sorted([("b", 2), ("a", 1)], key=operator.itemgetter(0)), operator.itemgetter(0, 2)("abc"), operator.neg(3))
print(operator.methodcaller("upper")("abc"), operator.lt(1, 2), operator.contains([1], 1), operator.truth([]))
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress(ZeroDivisionError):
    print("no error here")
