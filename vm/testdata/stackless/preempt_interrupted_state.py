# expected: by hand, stackless.rst, run (timeout); tasklets.rst, tasklet.paused
# (PyPy differs: its run() takes no timeout)
# The interrupted tasklet that run(timeout) returns is alive and paused:
# out of the run queue, not blocked. The others stay scheduled.
import stackless

def spin():
    while True:
        pass
def waiting():
    stackless.schedule()

t = stackless.tasklet(spin)()
other = stackless.tasklet(waiting)()
r = stackless.run(100)
print(r is t, t.alive, t.paused, t.blocked, t.scheduled)
print("other", other.scheduled, "runcount", stackless.getruncount())
print("frame", t.frame.f_code.co_name)
t.kill()
print("killed", t.alive, t.paused)
stackless.run()
print(other.alive)
