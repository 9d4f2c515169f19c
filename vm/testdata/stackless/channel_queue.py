# expected: by hand, channels.rst, channel.queue
# (PyPy differs: its queue is a deque, not the first blocked tasklet)
# queue is the first tasklet blocked on the channel, or None; its next
# attribute leads through the others.
import stackless

ch = stackless.channel()
print("empty", ch.queue)
names = {}
def s(v):
    ch.send(v)
ts = [stackless.tasklet(s)(i) for i in range(3)]
names.update({t: "s%d" % i for i, t in enumerate(ts)})
stackless.run()
def chain():
    out = []
    t = ch.queue
    while t is not None:
        out.append((names[t], t.blocked))
        t = t.next
    return out
print(chain())
print(ch.receive(), chain())
ts[2].kill()
print("after kill", chain())
print(ch.receive(), chain(), ch.queue)
stackless.run()
