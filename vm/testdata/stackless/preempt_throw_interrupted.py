# expected: by hand, tasklets.rst, tasklet.throw and tasklet.kill; stackless.rst, run (timeout)
# (PyPy differs: its run() takes no timeout and its tasklets have no throw)
# An exception thrown at a tasklet that run(timeout) interrupted is raised
# where it stopped: its handlers and finally blocks run.
import stackless

log = []
def spin(name):
    try:
        try:
            n = 0
            while True:
                n += 1
        except ValueError as e:
            log.append("%s caught %s" % (name, e))
        while True:
            pass
    finally:
        log.append(name + " finally")

a = stackless.tasklet(spin)("a")
r = stackless.run(100)
print("interrupted a", r is a)
a.throw(ValueError("stop counting"), pending=True)
print("after pending throw", log, "a scheduled", a.scheduled)
r = stackless.run(100)
print("interrupted a again", r is a, log)
a.kill()
print(log, a.alive)

b = stackless.tasklet(spin)("b")
r = stackless.run(100)
b.throw(KeyError("uncaught"), pending=True)
try:
    stackless.run()
except KeyError as e:
    print("main got", repr(e), b.alive)
print(log)
