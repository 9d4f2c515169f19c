a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 2], (2,)), a.difference(b), a.symmetric_difference(b))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 2], {9})
print(s)
s.discard(100); s.discard(5); s.remove(9)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
c = s.copy(); c.clear(); print(c, s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([3, 2, 1]), set("aab") == {"a", "b"}, set(range(5)))
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])))
print({f: "frozen key"}, f == {1, 2}, {1, 2} == f)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
x = {1, 2}
x |= {3}; x &= {2, 3, 4}; x -= {4}; x ^= {9}
print(x)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print({1, 2}.intersection_update({2}) is None)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
