# Values cross a channel as the very same objects: nothing is copied.
import stackless

ch = stackless.channel()
class Box:
    pass
box = Box()
items = [None, 0, "text", (1, 2), [3, 4], {"k": "v"}, box, len, ch, Box]
received = []
def receiver(n):
    for _ in range(n):
        received.append(ch.receive())
stackless.tasklet(receiver)(len(items))
stackless.run()
for item in items:
    ch.send(item)
print([a is b for a, b in zip(items, received)])
received[4].append(5)
print(items[4])
