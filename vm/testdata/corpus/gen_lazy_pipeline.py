def produce(n):
    for i in range(n):
        print("produce", i)
        yield i
def square(xs):
    for x in xs:
        print("square", x)
        yield x * x
def take(xs, k):
    for i, x in enumerate(xs):
        if i >= k:
            return
        yield x
print(list(take(square(produce(10)), 3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(windows(range(6), 3)))
def unique(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
