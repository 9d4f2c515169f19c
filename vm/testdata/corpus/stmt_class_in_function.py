def make_class(base_val):
    class Dyn:
        val = base_val
        def get(self):
            return self.val + base_val
    return Dyn
A = make_class(1)
B = make_class(10)
print(A().get(), B().get(), A is not B, A.__name__, A.__qualname__)
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return C
C = counter_class()
print([C().n for _ in range(3)])
