import functools
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "init"))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(7), cube_of_2(3), square.func is power, square.keywords, cube_of_2.args)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return "wrapped:" + str(f(*a, **k))
    return wrapper
@deco
def documented(x):
    "doc of documented"
    return x * 2
print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__(4))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
print(sorted(["b", "a", "c"], key=functools.cmp_to_key(lambda x, y: (x < y) - (x > y))))
