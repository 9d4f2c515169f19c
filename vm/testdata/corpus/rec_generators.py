import sys
sys.setrecursionlimit(10000)
def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)
print(sum(count_down(500)))
def perms(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + p
print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(6)))))
def tree(depth):
    if depth == 0:
        return "leaf"
    return [tree(depth - 1), tree(depth - 1)]
print(str(tree(3)))
