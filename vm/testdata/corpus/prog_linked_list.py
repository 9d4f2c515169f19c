class Node:
    __match_args__ = ()
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.n += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.nxt
    def __len__(self):
        return self.n
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
        return self
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LL index out of range")
ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll), ll[2], list(ll), 3 in ll)
print(ll.reverse())
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sum(x for x in ll if isinstance(x, int)), [v for v in LinkedList()])
