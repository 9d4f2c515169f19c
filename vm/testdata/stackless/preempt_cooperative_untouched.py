# expected: by hand, scheduler.rst, Detecting uncooperative tasklets
# (PyPy differs: its run() takes no timeout)
# With a large timeout only the tasklet that never yields is caught; the
# cooperative ones run to completion. The interrupted tasklet's frame
# shows where it was, and it can be killed.
import stackless

log = []
def cooperative(name):
    for i in range(5):
        log.append(name)
        stackless.schedule()

def runaway():
    n = 0
    while True:
        n += 1

stackless.tasklet(cooperative)("a")
bad = stackless.tasklet(runaway)()
stackless.tasklet(cooperative)("b")
while True:
    t = stackless.run(10000)
    if t is None:
        break
    print("uncooperative tasklet detected:", t is bad, t.frame.f_code.co_name)
    t.kill()
print(log)
print("bad alive", bad.alive)
