def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count(2)), sum(count(5)))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
g2 = (x * x for x in range(4))
print(next(g2), list(g2), list(g2))
def gen_exhausted():
    yield 1
ge = gen_exhausted()
print(list(ge), list(ge), next(ge, "done"))
