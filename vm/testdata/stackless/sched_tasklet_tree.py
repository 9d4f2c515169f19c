# Tasklets spawning tasklets: a binary tree of depth 6, each node
# spawning its children before yielding; the order is breadth-first.
import stackless

order = []
def node(path, depth):
    order.append(path)
    if depth > 0:
        stackless.tasklet(node)(path + "0", depth - 1)
        stackless.tasklet(node)(path + "1", depth - 1)
    stackless.schedule()

stackless.tasklet(node)("r", 6)
stackless.run()
print(len(order))
print(order[:7])
print(all(len(order[i]) <= len(order[i + 1]) for i in range(len(order) - 1)))
