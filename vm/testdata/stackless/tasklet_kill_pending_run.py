# expected: by hand, tasklets.rst, tasklet.kill and tasklet.run
# (PyPy differs: its kill() takes no pending argument)
# A pending kill only schedules the tasklet: running it right away then
# delivers the TaskletExit, and the caller continues after.
import stackless

log = []
def w():
    try:
        stackless.schedule_remove()
        log.append("not reached")
    finally:
        log.append("w finally")
t = stackless.tasklet(w)()
stackless.run()
t.kill(pending=True)
log.append("kill returned, alive %s" % t.alive)
t.run()
log.append("run returned, alive %s" % t.alive)
print(log)
