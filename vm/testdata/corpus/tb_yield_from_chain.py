def inner():
    yield 1
    raise LookupError("inner exhausted badly")
def outer():
    yield from inner()
for x in outer():
    print("got", x)
