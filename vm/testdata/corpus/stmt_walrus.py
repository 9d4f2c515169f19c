if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
it = iter(range(5))
while (v := next(it, None)) is not None:
    print("v", v)
def f():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(f())
print((a := 3) + a)
xs = [z := 1, z + 1, z + 2]
print(xs, z)
print(any((hit := w) > 3 for w in [1, 5, 2]), hit)
