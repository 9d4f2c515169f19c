# expected: by hand, tasklets.rst, tasklet.throw (pending)
# (PyPy differs: its tasklets have no throw method)
# Without pending, throw() switches to the target at once and the
# thrower runs right after it; with pending=True the target is only
# scheduled.
import stackless

log = []
def target(name):
    try:
        stackless.schedule_remove()
    except ValueError:
        log.append(name + " caught")
        stackless.schedule()
        log.append(name + " continues")

def other():
    log.append("other runs")

a = stackless.tasklet(target)("a")
b = stackless.tasklet(target)("b")
stackless.run()
stackless.tasklet(other)()
log.append("throw to a")
a.throw(ValueError)
log.append("back from throw")
b.throw(ValueError, pending=True)
log.append("back from pending throw")
stackless.run()
for e in log:
    print(e)
