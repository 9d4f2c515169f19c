class P:
    pass
p = P()
p.x = 1
p.x += 5
print(p.x)
xs = list(range(10))
xs[0] = 'a'
xs[-1] = 'z'
print(xs)
xs[2:4] = ['b', 'c', 'd']
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
xs[1:3] = []
print(xs)
xs[:] = 'abc'
print(xs)
d = {}
d[1, 2] = 'tuple key'
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
xs[len(xs):] = [4, 5]
print(xs)
