def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup in g")
it = g()
print(next(it))
it.close()
it.close()
print(list(it))
def h():
    try:
        yield 1
    finally:
        return "ret from finally"
hh = h()
next(hh)
try:
    next(hh)
except StopIteration as e:
    print("StopIteration value", e.value)
def k():
    yield 1
kk = k()
print(list(kk))
try:
    kk.throw(ValueError("after end"))
except ValueError as e:
    print("thrown into finished generator:", e)
