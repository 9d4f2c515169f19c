# expected: by hand, tasklets.rst, tasklet.bind and tasklet.setup
# (PyPy differs: its bind() rebinds a scheduled tasklet, and setup() of a live one raises ValueError)
# An alive tasklet can be rebound only when it is neither current nor
# scheduled; setup() refuses an alive tasklet.
import stackless

def f():
    stackless.schedule_remove()
    print("f resumed")

def g():
    print("g runs")

t = stackless.tasklet(f)()
try:
    t.bind(g)
except RuntimeError:
    print("scheduled: RuntimeError")
try:
    t.setup()
except RuntimeError:
    print("setup of scheduled: RuntimeError")
stackless.run()
print("paused", t.paused)
try:
    t.setup()
except RuntimeError:
    print("setup of paused: RuntimeError")

def selfbind():
    try:
        stackless.getcurrent().bind(g)
    except RuntimeError:
        print("current: RuntimeError")
stackless.tasklet(selfbind)()
stackless.run()

t.bind(g)
print("rebound paused tasklet: alive", t.alive)
t.setup()
stackless.run()
print("end", t.alive)
