# functools: partial, reduce, wraps, lru_cache, cache, total_ordering,
# cmp_to_key, cached_property, singledispatch.
import functools
from functools import partial, reduce, wraps


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(5), square(5, mod=7), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), partial(two_to, 3)(), partial(two_to, 3).args)
print(repr(partial(max, 1, key=abs)).replace(repr(max), 'MAX'))
show("partial not callable", partial, 5)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']))
show("reduce empty", reduce, lambda a, b: a, [])


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def ident(x):
    print('computing', x)
    return x


ident(1), ident(2), ident(1), ident(3), ident(2), ident(1)
print(ident.cache_info())


@functools.lru_cache
def sq(x):
    return x * x


print(sq(4), sq(4), sq.cache_info())


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().misses)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1))
show("no ordering", functools.total_ordering, type('X', (), {}))


def cmp(x, y):
    return (x > y) - (x < y)


print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted('bca', key=functools.cmp_to_key(lambda x, y: cmp(y, x))))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)


@functools.singledispatch
def describe(x):
    return 'thing'


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


print(describe(1), describe([1, 2]), describe('s'), describe(True))
