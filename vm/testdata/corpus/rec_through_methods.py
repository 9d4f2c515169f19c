import sys
sys.setrecursionlimit(20000)
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
print(Node(2000).size())
class Seq:
    def __getitem__(self, i):
        return 0 if i == 0 else 1 + self[i - 1]
print(Seq()[3000])
class Lazy:
    def __init__(self, n):
        self.n = n
    @property
    def total(self):
        return 0 if self.n == 0 else self.n + Lazy(self.n - 1).total
print(Lazy(2000).total)
def key_rec(x):
    return x if x < 1 else key_rec(x - 1)
print(sorted([3, 1, 2], key=lambda v: key_rec(v * 500)))
class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == 0 or Eq(self.n - 1) == other
print(Eq(1000) == 5)
