# expected: by hand, tasklets.rst, tasklet.run (running a tasklet that is scheduled)
# (PyPy differs: its run() queues the tasklet a second time and has no scheduled)
# run() on a scheduled tasklet switches to it; the tasklets after it in
# the chain run too before the caller's turn comes.
import stackless

names = {}
def f(name):
    for i in range(2):
        c = stackless.getcurrent()
        m = stackless.getmain()
        assert c.scheduled
        print(name, i, "next", names[c.next], "main.scheduled", m.scheduled)
        stackless.schedule()

t1 = stackless.tasklet(f)("t1")
t2 = stackless.tasklet(f)("t2")
t3 = stackless.tasklet(f)("t3")
names.update({t1: "t1", t2: "t2", t3: "t3", stackless.getmain(): "main"})
t1.run()
print("main back")
t3.run()
print("main back again")
stackless.run()
print([t.alive for t in (t1, t2, t3)])
