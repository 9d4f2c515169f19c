class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)))
print([0, 1, 2, 3, 4][Idx(1):Idx(3)], (1, 2, 3)[Idx(-1)], "x" * Idx(3), [1] * Idx(2))
class Box:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
b = Box(1, 2)
print(1 in b, 5 in b, 5 not in b)
class IterOnly:
    def __iter__(self):
        print("iter used")
        return iter([7, 8])
print(8 in IterOnly())
class Truthy:
    def __contains__(self, x):
        return "non-bool result"
print(1 in Truthy())
class Len:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(Len()), 4 in Len(), len(Len()), sorted(Len(), reverse=True))
