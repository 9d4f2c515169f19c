a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
for k, (l, m) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, l, m)
try:
    p, q = 1, 2, 3
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, q, r = 1, 2
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, q = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
x, y = {'one': 1, 'two': 2}
print(x, y)
s = t = u = None
(s, t), u = "ab", "c"
print(s, t, u)
