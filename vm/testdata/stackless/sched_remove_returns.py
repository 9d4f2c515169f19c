# expected: by hand, tasklets.rst, tasklet.insert and tasklet.remove
# (PyPy differs: inserting a scheduled tasklet queues it twice)
# A removed tasklet is alive but does not run until inserted again.
import stackless

def w():
    print("w runs")

t = stackless.tasklet(w)()
t.remove()
t.remove()
print(t.alive, stackless.getruncount())
stackless.run()
print("after first run", t.alive)
t.insert()
t.insert()
print("runcount", stackless.getruncount())
stackless.run()
print("after second run", t.alive)
