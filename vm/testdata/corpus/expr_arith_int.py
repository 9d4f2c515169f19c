print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-7, 2), divmod(7, -2))
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(10 / 5, type(10 / 5), 1 / 3)
print(+5, -(-5), ~5, ~-1, ~0)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(True + True, True * 10, False - 1, True / 2)
print(2 + 3 * 4 ** 2 // 5 - 1)
print((2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-3 ** 2, (-3) ** 2, 10 - 2 - 3, 100 / 10 / 5)
print(1 << 100, (1 << 100) >> 99)
for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ('/', '//', '%'):
        try:
            r = {'/': lambda: a / b, '//': lambda: a // b, '%': lambda: a % b}[op]()
            print(op, r)
        except ZeroDivisionError as e:
            print(a, op, b, type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 ** 5, 5 ** 1, pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
