# expected: by hand, tasklets.rst, tasklet.kill and tasklet.throw (pending)
# (PyPy differs: its kill() takes no pending argument)
# kill(pending=True) only schedules the tasklet with TaskletExit raised
# in it; the caller continues. A blocked tasklet leaves its channel at once.
import stackless

ch = stackless.channel()
log = []
def w(name):
    try:
        ch.receive()
    except TaskletExit:
        log.append(name + " exits")
        raise

ts = [stackless.tasklet(w)(n) for n in "abc"]
stackless.run()
print("balance", ch.balance)
ts[1].kill(pending=True)
print("after pending kill:", ts[1].alive, ts[1].blocked, ts[1].scheduled, "balance", ch.balance, log)
ts[2].kill(True)
print("positional pending:", ts[2].scheduled, ch.balance, log)
stackless.run()
print("after run:", [t.alive for t in ts], log)
ts[0].kill()
print("end:", [t.alive for t in ts], ch.balance, log)
