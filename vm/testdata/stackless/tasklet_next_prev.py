# expected: by hand, tasklets.rst, tasklet.next and tasklet.prev; channels.rst, channel.queue
# (PyPy differs: its tasklets have no next or prev)
# next and prev follow the chain a tasklet is in: the run queue (a ring
# through the main tasklet) or a channel's queue of blocked tasklets
# (which ends in None); a tasklet in neither has None for both.
import stackless

names = {}
def name(t):
    return names.get(t, repr(t)) if t is not None else None

m = stackless.getmain()
names[m] = "main"
def idle():
    stackless.schedule()
ts = [stackless.tasklet(idle)() for _ in range(3)]
names.update({t: "t%d" % i for i, t in enumerate(ts)})
for t in [m] + ts:
    print(name(t), "next", name(t.next), "prev", name(t.prev))
ts[1].remove()
print("removed t1:", name(ts[1].next), name(ts[1].prev), "t0.next", name(ts[0].next))
stackless.run()
print("dead t0:", name(ts[0].next), name(ts[0].prev))

ch = stackless.channel()
def blocker():
    ch.receive()
bs = [stackless.tasklet(blocker)() for _ in range(3)]
names.update({t: "b%d" % i for i, t in enumerate(bs)})
stackless.run()
for t in bs:
    print(name(t), "next", name(t.next), "prev", name(t.prev))
t = ch.queue
order = []
while t is not None:
    order.append(name(t))
    t = t.next
print("queue", order)
print("main alone: next", name(m.next), "prev", name(m.prev))
for _ in bs:
    ch.send(None)
print(ch.queue)
