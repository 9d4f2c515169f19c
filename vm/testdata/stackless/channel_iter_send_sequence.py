# expected: by hand, channels.rst, channel.__iter__ (combining send_sequence with iteration)
# (PyPy differs: its channels are not iterable)
# The docs' pipe: send_sequence feeds a receiver that iterates over the
# channel, and a StopIteration sent after the sequence ends its loop.
import stackless

def sender(channel, sequence):
    n = channel.send_sequence(sequence)
    channel.send_exception(StopIteration)
    print("sender sent", n)

def receiver(channel, out):
    for value in channel:
        out.append(value)
    print("receiver done", out)

c = stackless.channel()
out = []
stackless.tasklet(sender)(c, range(4))
stackless.tasklet(receiver)(c, out)
stackless.run()
out = []
stackless.tasklet(receiver)(c, out)
stackless.tasklet(sender)(c, (x * x for x in range(5)))
stackless.run()
print(c.balance)
