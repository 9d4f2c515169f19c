print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
e = enumerate([5, 6])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), range(3))))
z = zip("xy", [1, 2])
print(dict(z))
print(list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
for i, (a, b) in enumerate(zip("pq", "rs"), 1):
    print(i, a, b)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
