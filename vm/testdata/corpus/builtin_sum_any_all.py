print(sum([]), sum([1, 2, 3]), sum([1.5, 2]), sum(range(10), 100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum((1, 2), start=10), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
def gen():
    for i in range(10):
        print("yield", i)
        yield i
print(any(v == 2 for v in gen()))
print(all(v < 1 for v in gen()))
print(sum(10 ** 20 for _ in range(3)))
print(sum([1e100, 1.0, -1e100]))
