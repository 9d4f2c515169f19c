def g():
    yield 1
    yield 2
it = g()
print(it.gi_running if hasattr(it, "gi_running") else False)
print(iter(it) is it, hasattr(it, "__next__"), hasattr(it, "send"))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    print(list(raises_stop()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        else:
            n += 1
c = counter(5)
print(next(c), next(c), next(c), c.send("reset"), next(c))
def lines():
    for word in "alpha beta gamma".split():
        yield word
        yield word.upper()
print(list(lines()))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
