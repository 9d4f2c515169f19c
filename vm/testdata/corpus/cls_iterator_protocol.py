class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), 6 in r, tuple(r), dict(zip(r, r)))
for a in r:
    for b in r:
        if a == b == 4:
            print("pair", a, b)
x, y, *z = r
print(x, y, z, [*r], {*r} == {2, 4, 6, 8})
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(OldStyle()), "item1" in OldStyle())
for v in OldStyle():
    print(v)
it = iter(OldStyle())
print(next(it), next(it))
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
