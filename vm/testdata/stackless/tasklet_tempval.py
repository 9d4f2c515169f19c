# expected: by hand, stackless.rst, schedule_remove (tasklet.tempval); scheduler.rst, Catching tasklet exceptions
# (PyPy differs: tempval does not hold the bound callable, and schedule_remove neither sets nor returns it)
# tempval holds the value a tasklet gets back when it resumes: a waker
# can set it before inserting the tasklet again. A bound but not yet
# set-up tasklet holds its callable there.
import stackless

def f():
    pass
t = stackless.tasklet(f)
print("bound callable in tempval:", t.tempval is f)

waiting = []
def wait_for_result():
    waiting.append(stackless.getcurrent())
    return stackless.schedule_remove()

def event(result):
    global waiting
    for t in waiting:
        t.tempval = result
        t.insert()
    waiting = []

def worker(name):
    r = wait_for_result()
    print(name, "received result", r)

stackless.tasklet(worker)("w1")
stackless.tasklet(worker)("w2")
stackless.run()
print("waiting", len(waiting), [t.tempval is t for t in waiting])
event(42)
stackless.run()

def plain():
    print("schedule_remove returned", stackless.schedule_remove("given"))
p = stackless.tasklet(plain)()
stackless.run()
print("tempval while paused:", p.tempval)
p.insert()
stackless.run()
