# expected: by hand, tasklets.rst, tasklet.switch
# (PyPy differs: its switch() leaves the caller in the run queue)
# switch() is run() that also pauses the caller: the main tasklet is out
# of the run queue until the others are done.
import stackless

names = {}
def f(name):
    for i in range(2):
        c = stackless.getcurrent()
        m = stackless.getmain()
        print(name, i, "next", names[c.next], "main.scheduled", m.scheduled, "main.paused", m.paused)
        stackless.schedule()

t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t3 = stackless.tasklet(f)("t3")
names.update({t1: "t1", t2: "t2", t3: "t3", stackless.getmain(): "main"})
t1.switch()
print("main resumes", stackless.getmain().scheduled, [t.alive for t in (t1, t2, t3)])
