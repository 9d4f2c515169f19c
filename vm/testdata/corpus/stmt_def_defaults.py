def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show())
def f(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(f(1), f(2))
print(f.__defaults__)
def g(*, k=5):
    return k
print(g(), g(k=6), g.__kwdefaults__)
def noargs():
    "docstring here"
    pass
print(noargs(), noargs.__doc__, noargs.__name__)
