class A:
    items = [1, 2, 3]
    total = sum(x for x in items)
    try:
        scaled = [x * factor for x in items for factor in (2,)]
    except NameError as e:
        scaled = str(e)
print(A.total, A.scaled)
def f():
    n = 3
    g = (i * n for i in range(3))
    n = 10
    return list(g)
print(f())
xs = [1, 2, 3]
g = (x for x in xs)
xs = [7, 8]
print(list(g))
print([[i + j for j in range(i)] for i in range(3)])
print({i: {j for j in range(i)} for i in range(3)})
