# expected: by hand, scheduler.rst, Running the scheduler for n instructions
# (PyPy differs: its run() takes no timeout or totaltimeout)
# With totaltimeout the limit is on the whole run() call, so the
# scheduler comes back even though every tasklet yields often; pumping
# it that way still runs everything to the end.
import stackless

counts = {"a": 0, "b": 0}
def polite(name):
    for _ in range(3000):
        counts[name] += 1
        stackless.schedule()

stackless.tasklet(polite)("a")
stackless.tasklet(polite)("b")
pumps = 0
while True:
    t = stackless.run(2000, totaltimeout=True)
    pumps += 1
    if t is None:
        break
    t.insert()
print("pumped more than once", pumps > 1)
print(counts)

stackless.tasklet(polite)("a")
t = stackless.run(2000)
print("per-tasklet timeout never hits a polite tasklet:", t, counts["a"])
