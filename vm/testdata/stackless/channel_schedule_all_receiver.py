# schedule_all on the receiving side: a receive that finds a waiting
# sender still goes through the scheduler, so the tasklets queued before
# it run first.
import stackless

ch = stackless.channel()
ch.schedule_all = True
order = []
def s(v):
    ch.send(v)
    order.append(("sender back", v))
def r():
    order.append("receive begins")
    order.append(("received", ch.receive()))
def other(name):
    order.append(name)
stackless.tasklet(s)("x")
stackless.run()
stackless.tasklet(r)()
stackless.tasklet(other)("o1")
stackless.tasklet(other)("o2")
stackless.run()
for e in order:
    print(e)
