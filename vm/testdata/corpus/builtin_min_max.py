print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(min([], default="empty"), max([], default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min((2, 'b'), (2, 'a')))
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
print(max([3, 1, 3]), max(-0.0, 0.0), max(0.0, -0.0))
for args in [(), ([],), (5,)]:
    try:
        print(max(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    min(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(max({'x': 1, 'y': 0}), min({3, 1, 2}), max(range(5), key=lambda v: -v))
print(max(iter([4, 9, 2])), min(x * x for x in range(-3, 2)))
