print(len(""), len("abc"), len("日本"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(b"xyz"), len(frozenset("aab")))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class Bad:
    def __len__(self):
        return "x"
try:
    len(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for v in (5, None, 1.5, iter([])):
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(len(range(-5, 5, 2)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
