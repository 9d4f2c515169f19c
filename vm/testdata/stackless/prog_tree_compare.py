# Compare the in-order walks of two binary trees, each walked by its own
# tasklet (the "same fringe" problem).
import stackless

class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.value:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

def walk(node, ch):
    if node is None:
        return
    walk(node.left, ch)
    ch.send(node.value)
    walk(node.right, ch)

def walker(tree, ch):
    walk(tree, ch)
    ch.send(None)

def same(t1, t2):
    c1, c2 = stackless.channel(), stackless.channel()
    w1 = stackless.tasklet(walker)(t1, c1)
    w2 = stackless.tasklet(walker)(t2, c2)
    steps = 0
    while True:
        a, b = c1.receive(), c2.receive()
        steps += 1
        if a != b:
            w1.kill()
            w2.kill()
            return False, steps
        if a is None:
            return True, steps

def build(values):
    root = None
    for v in values:
        root = insert(root, v)
    return root

t1 = build([5, 3, 8, 1, 4, 7, 9])
t2 = build([7, 4, 9, 1, 3, 5, 8])
t3 = build([5, 3, 8, 1, 4, 6, 9])
print(same(t1, t2))
print(same(t1, t3))
print(same(t1, build([])))
print(stackless.getruncount())
