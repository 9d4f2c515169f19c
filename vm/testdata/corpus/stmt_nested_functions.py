def outer(a):
    def helper(b):
        return a + b
    def twice(c):
        return helper(helper(c))
    return twice(1)
print(outer(10))
def make_ops():
    def add(x, y): return x + y
    def sub(x, y): return x - y
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__name__, ops["add"].__qualname__)
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(20))
def conditional_def(flag):
    if flag:
        def g():
            return "version A"
    else:
        def g():
            return "version B"
    return g()
print(conditional_def(True), conditional_def(False))
def redefine():
    def h():
        return 1
    first = h
    def h():
        return 2
    return first(), h()
print(redefine())
def attrs():
    pass
attrs.custom = "function attribute"
print(attrs.custom, attrs.__name__, attrs.__qualname__, callable(attrs))
