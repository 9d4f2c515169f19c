print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(print))
class C:
    def __call__(self):
        return "called"
class N: pass
print(callable(C()), callable(N()), callable(C), C()())
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
vals = [3, 2, 1, 0, 5]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)))
i2 = iter("ab")
print(iter(i2) is i2, list(i2))
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Count()), next(iter(Count())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
