# expected: by hand, tasklets.rst, tasklet.remove (its example returns the tasklet)
# (PyPy differs: its remove() returns None, and it has no scheduled or paused)
# remove() returns the tasklet, and removing one that is not in the run
# queue (paused, new, dead) does nothing.
import stackless

def w():
    stackless.schedule_remove()
    print("w resumed")
t = stackless.tasklet(w)()
print(t.remove() is t, t.scheduled, stackless.getruncount())
print(t.remove() is t, t.paused)
t.insert()
stackless.run()
print("after run: paused", t.paused, t.remove() is t)
fresh = stackless.tasklet(w)
print("fresh", fresh.remove() is fresh, fresh.alive)
t.insert()
stackless.run()
print("dead", t.remove() is t, t.alive)
