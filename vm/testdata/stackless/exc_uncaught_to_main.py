# expected: by hand, scheduler.rst, Exceptions; stackless.rst, exception TaskletExit
# (PyPy differs: main's interrupted receive stays counted in the balance, and TaskletExit is not a built-in there)
# An exception a tasklet does not catch ends it and is raised in the main
# tasklet: out of run(), or out of a channel action main is blocked in.
# The other tasklets stay scheduled.
import stackless

def loop():
    for i in range(3):
        stackless.schedule()
    print("loop done")

def fail(msg):
    raise ValueError(msg)

stackless.tasklet(loop)()
bad = stackless.tasklet(fail)("from run")
try:
    stackless.run()
except ValueError as e:
    print("run raised", e, "bad alive", bad.alive, "runcount", stackless.getruncount())
stackless.run()

ch = stackless.channel()
stackless.tasklet(fail)("while main waits")
try:
    ch.receive()
except ValueError as e:
    print("receive raised", e, "balance", ch.balance)

def exits():
    raise TaskletExit
stackless.tasklet(exits)()
stackless.run()
print("TaskletExit stays silent")
