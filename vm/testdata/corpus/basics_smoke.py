print("hello", 1 + 2, 3.5, [1, 'a', (2,)], {'k': None})
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
print([A(1), A("s")])
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
for i, c in enumerate("abc"):
    print(i, c, end=" ")
print()
print(sorted([3, 1, 2], key=lambda x: -x), sum(x * x for x in range(10)))
