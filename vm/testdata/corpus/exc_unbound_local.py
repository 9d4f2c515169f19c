x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(g())
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)
def k():
    try:
        del w
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 1
k()
