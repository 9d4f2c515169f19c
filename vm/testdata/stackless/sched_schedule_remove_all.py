# expected: by hand, stackless.rst, schedule_remove
# (PyPy differs: schedule_remove does not set tempval, and it has no paused)
# When every tasklet removes itself, run() returns: they are paused, and
# each resumes with the value it passed when inserted again.
import stackless

ts = []
def w(i):
    r = stackless.schedule_remove(i * 100)
    print("w", i, "resumed with", r)

for i in range(3):
    ts.append(stackless.tasklet(w)(i))
stackless.run()
print("runcount", stackless.getruncount(), [t.paused for t in ts], [t.tempval for t in ts])
ts[1].tempval = "changed"
for t in reversed(ts):
    t.insert()
stackless.run()
