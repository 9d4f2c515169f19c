# schedule_remove() takes the caller out of the run queue; it continues
# only when inserted again, and returns its retval (default: itself).
import stackless

log = []
def w(name):
    log.append(name + " starts")
    r = stackless.schedule_remove(name.upper())
    log.append("%s resumes with %r" % (name, r))
    r = stackless.schedule_remove()
    log.append("%s default is itself: %s" % (name, r is stackless.getcurrent()))

def other():
    log.append("other runs")
a = stackless.tasklet(w)("a")
stackless.tasklet(other)()
stackless.run()
print("a alive", a.alive, "runcount", stackless.getruncount())
a.insert()
stackless.run()
a.insert()
stackless.run()
for e in log:
    print(e)
print(a.alive)
