# expected: by hand, tasklets.rst, tasklet.throw and tasklet.kill ("if pending evaluates to True")
# (PyPy differs: its tasklets have no throw and kill takes no pending)
# pending is tested for truth like any Python value.
import stackless

log = []
def target(name):
    try:
        stackless.schedule_remove()
    except BaseException as e:
        log.append((name, type(e).__name__))

for label, pending in (("1", 1), ("'yes'", "yes"), ("[0]", [0]), ("0", 0), ("''", ""), ("None", None)):
    a = stackless.tasklet(target)("kill " + label)
    b = stackless.tasklet(target)("throw " + label)
    stackless.run()
    a.kill(pending=pending)
    b.throw(KeyError, pending=pending)
    print(label, "pending" if a.scheduled and b.scheduled else "immediate", log)
    stackless.run()
    log.clear()
