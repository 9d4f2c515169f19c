class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), list(map(add5, [0, 1])))
print(sorted([3, 1, 2], key=Adder(0)))
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        print("bool called")
        return bool(self.items)
for b in (Box([]), Box([1])):
    if b:
        print("truthy", len(b))
    else:
        print("falsy", len(b))
print(not Box([]), bool(Box([1])), Box([]) or "alt")
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), [x for x in [LenOnly(0), LenOnly(1)] if x].__len__())
while LenOnly(0):
    print("never")
print("done")
