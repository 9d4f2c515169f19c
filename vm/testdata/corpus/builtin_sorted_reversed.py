print(sorted([3, 1, 2]), sorted("hello"), sorted((5, -1)), sorted({3: 'a', 1: 'b'}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
words = ["apple", "fig", "banana", "kiwi", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([]), sorted([1.5, 1, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
print(list(reversed(S())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
print(list(reversed(d)), list(reversed(d.items())))
xs = [5, 2, 8]
ys = sorted(xs)
print(xs, ys, xs is ys)
