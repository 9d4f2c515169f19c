# expected: by hand, stackless.rst, run (timeout); scheduler.rst, Pre-emptive scheduling
# (PyPy differs: its run() takes no timeout)
# run(timeout) interrupts a tasklet that runs too long without yielding
# and returns it, no longer scheduled; inserting it again lets it finish.
import stackless

counter = [0]
def spin(n):
    for i in range(n):
        counter[0] += 1
    return "done"

t = stackless.tasklet(spin)(100000)
victim = stackless.run(100)
print("interrupted", victim is t, "alive", t.alive, "scheduled", t.scheduled)
print("partial", 0 < counter[0] < 100000)
rounds = 1
while victim is not None:
    victim.insert()
    victim = stackless.run(1000)
    rounds += 1
print("finished", counter[0], t.alive, rounds > 2)
print("no timeout now:", stackless.run(100))
