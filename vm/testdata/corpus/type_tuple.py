t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), 2 in t, t + (4,), t * 2, t.count(2), t.index(3))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print(type((1)), type((1,)), 1, (1, 2), tuple(x * 2 for x in t))
d = {(1, 2): "pair"}
print(d[1, 2], d[(1, 2)])
class P(tuple):
    def total(self):
        return sum(self)
p = P([1, 2, 3])
print(p, p.total(), type(p).__name__, p[1:], type(p[1:]).__name__)
print(max((3, "c"), (3, "d")), sorted([(2, 1), (1, 2), (1, 1)]))
