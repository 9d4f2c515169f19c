print(set(), set([1, 2, 2, 3]), set((4,)), set(range(3)), set({"k": 1}), frozenset(), frozenset([1, 1]))
print(set("aab") == {"a", "b"}, frozenset("ab") == set("ba"), set(x % 3 for x in range(9)))
for bad in (5, [[1]]):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
f = frozenset([3, 1])
print(frozenset(f) == f, set(f) == f, hash(f) == hash(frozenset({1, 3})), len({f, frozenset([1, 3])}))
s = {1, 2}
t = set(s)
t.add(3)
print(s, t)
print(sorted(frozenset({10, 5, 1}) | {7}), frozenset({1}).union([2]), frozenset({1, 2}).isdisjoint([3]))
