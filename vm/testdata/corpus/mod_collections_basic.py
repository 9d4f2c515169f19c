from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.append(4); d.append(5)
print(d, d.popleft(), d.pop(), len(d), list(reversed(d)))
d.rotate(2)
print(d, d[0], d[-1])
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), dd["zz"], sorted(dd))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sum(c.values()))
c.update("aaz")
print(c.most_common(2), (c - Counter("a" * 7)).most_common(1))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(list(od), od.popitem(last=False))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, isinstance(p, tuple))
x, y = p
print(x, y)
