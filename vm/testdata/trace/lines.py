# Line events: what a debugger stepping through this program sees. The
# expected sequence (lines.out) is CPython 3.11's, from sys.settrace.
def add(a, b):
    c = a + b
    return c


def gen(n):
    for i in range(n):
        yield i * 2


class Box:
    size = 2

    def grow(self):
        self.size += 1
        return self.size


total = 0
for k in range(2):
    total = add(total, k)
n = 0
while n < 2:
    n += 1
try:
    x = 1 // 0
except ZeroDivisionError:
    x = -1
finally:
    total += 1
squares = [v * v for v in gen(2)]
b = Box()
b.grow()
if total > 100:
    total = 0
else:
    total = total + x
print(total, squares, b.size)
