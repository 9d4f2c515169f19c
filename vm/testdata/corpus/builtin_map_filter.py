print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(int, "123")), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
def noisy(x):
    print("call", x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print("created")
print(next(lazy))
print(list(lazy))
print(list(filter(str.isdigit, "a1b2c3")))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(lambda p: p[0] * p[1], zip(range(4), range(4)))))
