# Line events through break, continue, with, nested calls, an exception
# that leaves a function, and recursion.
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fails(x):
    y = x + 1
    raise ValueError(y)


out = []
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    out.append(i)
with Ctx() as c:
    out.append(fact(3))
try:
    fails(1)
except ValueError as e:
    out.append(e.args[0])
j = 0
while True:
    j += 1
    if j > 1:
        break
print(out, j)
