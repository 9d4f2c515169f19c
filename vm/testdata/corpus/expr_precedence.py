print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -2 ** 2, not 1 == 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 << 2 + 1, 8 >> 1 - 1)
print(1 < 2 == 2, (1 < 2) == 2, not 1 + 1, 3 - -3, 3 - - - 3)
print(True or False and False, (True or False) and False)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, -[1][0])
x = 3
print(x * -1, x ** -1, -x ** 2, (~x) + 1, ~x + 1)
print(2 ** -2 ** 2 if False else 'skip', 5 % 3 * 2, 5 * 3 % 4, 10 // 3 * 3)
print("a" + "b" * 3, ("a" + "b") * 3)
print((lambda: 0)() if 1 else 2)
f = lambda: 1 or 2
print(f())
print(1 == 1 in [True], (1 == 1) in [True])
print(2 ** 2 ** 3, 4 / 2 * 3, 4 / (2 * 3))
