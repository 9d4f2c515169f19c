# expected: by hand, stackless.rst, run (soft)
# (PyPy differs: its run() takes no timeout or soft)
# With soft=True the scheduler does not interrupt a running tasklet: run()
# returns None at the next scheduling moment after the timeout.
import stackless

log = []
def worker(name, loops):
    for i in range(loops):
        x = 0
        for j in range(200):
            x += j
        log.append((name, i))
        stackless.schedule()

a = stackless.tasklet(worker)("a", 50)
b = stackless.tasklet(worker)("b", 50)
r = stackless.run(100, soft=True)
print("soft run returned", r)
print("both still scheduled", a.scheduled, b.scheduled)
print("stopped early", len(log) < 100)
print("stopped between steps", all(isinstance(e, tuple) for e in log))
stackless.run()
print(len(log), a.alive, b.alive)
