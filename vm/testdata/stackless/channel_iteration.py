# expected: by hand, channels.rst, channel.__iter__ and channel.next
# (PyPy differs: its channels are not iterable)
# A channel is its own iterator: each step receives, and a StopIteration
# sent with send_exception ends the loop.
import stackless

def sender(channel, sequence):
    for value in sequence:
        channel.send(value)
    channel.send_exception(StopIteration)

def receiver(channel):
    for value in channel:
        print(value)
    print("loop ended")

c = stackless.channel()
stackless.tasklet(sender)(c, range(4))
stackless.tasklet(receiver)(c)
stackless.run()
print(iter(c) is c)
stackless.tasklet(sender)(c, "ab")
stackless.run()
print(next(c), c.__next__())
try:
    next(c)
except StopIteration:
    print("StopIteration from next()")
stackless.tasklet(sender)(c, [10, 20, 30])
print(list(c))
stackless.tasklet(sender)(c, [1, 2, 3])
print(sum(c), c.balance)
