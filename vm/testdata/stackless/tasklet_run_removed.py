# expected: by hand, tasklets.rst, tasklet.run (running a tasklet that is not scheduled)
# (PyPy differs: its run() queues the tasklet twice; no scheduled attribute)
# run() on a removed tasklet puts it just before the caller: it runs,
# then the caller, before the others.
import stackless

names = {}
def f(name):
    c = stackless.getcurrent()
    print(name, "next", names[c.next], "main.scheduled", stackless.getmain().scheduled)
    stackless.schedule()
    print(name, "again")

t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t3 = stackless.tasklet(f)("t3")
names.update({t1: "t1", t2: "t2", t3: "t3", stackless.getmain(): "main"})
t2.remove()
t2.run()
print("main back, t2.scheduled", t2.scheduled)
stackless.run()
