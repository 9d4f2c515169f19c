# With preference 0, each send to a waiting receiver makes it runnable at
# the end of the run queue; the receivers then run in the order woken.
import stackless

ch = stackless.channel()
ch.preference = 0
order = []
def r(name):
    order.append((name, ch.receive()))
for name in ("r1", "r2", "r3"):
    stackless.tasklet(r)(name)
stackless.run()
def other():
    order.append("other")
stackless.tasklet(other)()
for v in (10, 20, 30):
    ch.send(v)
order.append("main sent all")
stackless.run()
print(order)
