# expected: by hand, channels.rst, channel.close and channel.closed
# (PyPy differs: receiving from a closed, empty channel blocks instead of raising)
# Closing a channel with senders waiting: receivers drain them, the
# channel becomes closed when the last one is taken, and then any receive
# raises ValueError.
import stackless

ch = stackless.channel()
def sender(v):
    ch.send(v)
    print("sent", v)
for v in "abc":
    stackless.tasklet(sender)(v)
stackless.run()
ch.close()
print(ch.balance, ch.closing, ch.closed)
got = []
while not ch.closed:
    got.append(ch.receive())
    print(got, ch.balance, ch.closed)
try:
    ch.receive()
except ValueError as e:
    print("ValueError:", e)
stackless.run()
