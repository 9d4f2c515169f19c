sq = lambda x: x * x
print(sq(5), sq.__name__)
add = lambda a, b=10, *c, d=0, **e: (a + b + sum(c) + d, e)
print(add(1), add(1, 2, 3, 4, d=5, z=6))
print((lambda: "no args")())
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x, /, y: x - y)(5, y=2))
