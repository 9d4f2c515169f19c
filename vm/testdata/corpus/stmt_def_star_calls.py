def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), 4))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*"ab", *range(2), x=1, **dict(y=2)))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]))
print(g(1, *[2], **{'c': 3}))
print(g(**{'a': 1, 'b': 2, 'c': 3}))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
gen = (i for i in range(3))
print(f(*gen))
