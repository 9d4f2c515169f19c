count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def make_global():
    global newname
    newname = "created"
make_global()
print(newname)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def three():
    a = "outer"
    def mid():
        def inn():
            nonlocal a
            a = "changed"
        inn()
    mid()
    return a
print(three())
g = "module"
def shadow():
    g = "local"
    def reader():
        return g
    return reader()
print(shadow(), g)
def gl_in_nested():
    def w():
        global g
        g = "rewritten"
    w()
gl_in_nested()
print(g)
