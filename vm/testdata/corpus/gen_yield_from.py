def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    yield from "ab"
o = outer()
print(next(o))
print(o.send("sent"))
print(list(o))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def deleg2():
    yield from closer()
c = deleg2()
next(c)
c.close()
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
