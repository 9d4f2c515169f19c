x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
xs = list(range(10))
del xs[0]
print(xs)
del xs[-1], xs[0]
print(xs)
del xs[::2]
print(xs)
del xs[1:]
print(xs)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
