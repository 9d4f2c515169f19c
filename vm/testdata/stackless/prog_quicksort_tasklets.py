# Quicksort where each partition is sorted by its own tasklet and the
# halves come back over channels.
import stackless

spawned = [0]
def qsort(items, out):
    spawned[0] += 1
    if len(items) <= 1:
        out.send(items)
        return
    pivot = items[0]
    left = stackless.channel()
    right = stackless.channel()
    stackless.tasklet(qsort)([x for x in items[1:] if x < pivot], left)
    stackless.tasklet(qsort)([x for x in items[1:] if x >= pivot], right)
    out.send(left.receive() + [pivot] + right.receive())

data = [(i * 7919) % 101 for i in range(60)]
result = stackless.channel()
stackless.tasklet(qsort)(data, result)
s = result.receive()
print(s)
print(s == sorted(data), "tasklets", spawned[0])
stackless.run()
print("runcount", stackless.getruncount())
