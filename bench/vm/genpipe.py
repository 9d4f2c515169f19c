# A pipeline of generators: a source, a filter, a map and a windowed
# reducer, consumed by sum() and a for loop; plus a generator expression.
# Usage: genpipe.py [N]   (default 1000000)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep(xs):
    for x in xs:
        if x % 3 != 0:
            yield x


def square(xs):
    for x in xs:
        yield x * x % 1000


def pairs(xs):
    prev = None
    for x in xs:
        if prev is not None:
            yield prev + x
        prev = x


total = sum(pairs(square(keep(source(N)))))
count = 0
for v in (x for x in square(source(N // 2)) if x & 1):
    count += 1
print("genpipe", N, total, count)
