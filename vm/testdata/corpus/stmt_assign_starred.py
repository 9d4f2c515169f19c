a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
[*a] = (7, 8)
print(a)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
first, *_, last = range(10)
print(first, last)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
