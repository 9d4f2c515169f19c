class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def last(self):
        return self.nxt.last() if self.nxt is not None else self.value
n = Node(Node(Node()))
n.last()
