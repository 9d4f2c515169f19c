print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
r = range(1, 20, 4)
print(r, r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3])
print(range(3) == range(0, 3), range(0) == range(5, 2), repr(range(0, 5, 1)))
print(9 in r, 10 in r, r.index(13), r.count(5))
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed(range(3))), sum(range(101)), max(range(7)))
big = range(10 ** 18, 10 ** 18 + 3)
print(list(big), len(big))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
