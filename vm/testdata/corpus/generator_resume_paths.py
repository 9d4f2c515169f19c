# The ways a suspended generator is resumed, which the VM takes apart: a
# for loop and sum() sending None to a yield statement (whose POP_TOP the
# VM may skip), send() of other values, a yield whose value is used, a
# yield inside "and" (its POP_TOP is also a jump target), yield from,
# throw(), and an unbound local yielded.


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def echo():
    got = []
    while True:
        x = yield len(got)
        got.append(x)
        if x == "stop":
            return got


def maybe(flags):
    for f in flags:
        f and (yield f)
        yield "after"


def outer():
    r = yield from echo()
    yield ("returned", r)


def unbound():
    if False:
        v = 1
    yield v


print(list(counter(4)), sum(counter(100)), max(counter(7)), any(x > 2 for x in counter(5)))
g = counter(3)
print(next(g), g.send(None), g.send("ignored"), list(g))
e = echo()
print(next(e), e.send("a"), e.send(None), e.send(3))
try:
    e.send("stop")
except StopIteration as s:
    print("stopped", s.value)
print(list(maybe([1, 0, "x", None])))
o = outer()
print(next(o), o.send(1), o.send(2))
print(o.send("stop"))
t = counter(10)
next(t)
try:
    t.throw(ValueError("boom"))
except ValueError as err:
    print("thrown", err, list(t))
try:
    list(unbound())
except UnboundLocalError as err:
    print(err)
total = 0
for a in counter(3):
    for b in counter(a):
        total += a * 10 + b
print(total)
