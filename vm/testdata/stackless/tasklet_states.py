# expected: by hand, tasklets.rst, tasklet.alive/paused/blocked/scheduled
# (PyPy differs: it has no scheduled or paused, and blocked is an int)
# alive, paused, blocked and scheduled through a tasklet's life.
import stackless

ch = stackless.channel()
ch.preference = 1  # a send does not switch to the receiver
def show(label, t):
    print("%-10s alive=%s paused=%s blocked=%s scheduled=%s" % (label, t.alive, t.paused, t.blocked, t.scheduled))

def body():
    show("running", stackless.getcurrent())
    show("main", stackless.getmain())
    ch.receive()
    stackless.schedule_remove()

t = stackless.tasklet(body)
show("new", t)
t()
show("scheduled", t)
stackless.run()
show("blocked", t)
ch.send(None)
show("woken", t)
stackless.run()
show("removed", t)
t.insert()
stackless.run()
show("dead", t)
show("main", stackless.getmain())
