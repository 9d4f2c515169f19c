def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def mpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
print(matmul(a, a), transpose([[1, 2, 3], [4, 5, 6]]))
print(mpow([[1, 1], [1, 0]], 100)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
for row in mpow([[2, 0], [0, 3]], 10):
    print(" ".join("%6d" % v for v in row))
