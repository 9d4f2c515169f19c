a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [1] < [1, 0], [2] > [1, 9])
x = list(range(10))
print(x[-1], x[-10])
try:
    x[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(x)
except TypeError as e:
    print(type(e).__name__, e)
for i, v in enumerate(x):
    if v % 3 == 0:
        x[i] = -v
print(x)
y = [3, 1, 2]
z = sorted(y)
y.sort()
print(y == z, len(y), bool([]), bool([None]))
big = list(range(100000))
print(sum(big), big[-1], len(big[::1000]))
t = [1, 2, 3]
t[1:2] = [7, 8, 9]
print(t)
t[:0] = [0]
print(t)
s = sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda p: p[0])
print(s)
