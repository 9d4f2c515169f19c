x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
class K:
    base = [1, 2]
    doubled = [b * 2 for b in base]
print(K.doubled)
try:
    class K2:
        n = 3
        vals = [n * i for i in range(2)]
except NameError as e:
    print(type(e).__name__, e)
print([v for v in [lambda: i for i in range(2)]][0]())
names = ["a", "b"]
print({n: [n * k for k in range(1, 3)] for n in names})
total = sum(i for i in range(5) if i % 2)
print(total)
