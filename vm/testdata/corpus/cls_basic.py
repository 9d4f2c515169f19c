class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.moved(1).x, p.moved(1, 2).y, p.dims, Point.dims, Point.__doc__)
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
m = p.norm2
print(m(), Point.norm2(p), m.__self__ is p, m.__func__ is Point.norm2)
print(type(p).__name__, Point.__name__, Point.__module__, p.__class__.__name__)
print(p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, isinstance(e, Empty))
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p.nothing
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(a.id, b.id, c.id, Counter.count)
