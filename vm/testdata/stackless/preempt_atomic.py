# expected: by hand, tasklets.rst, tasklet.set_atomic; stackless.rst, class atomic
# (PyPy differs: no run(timeout) and no atomic)
# An atomic tasklet is not interrupted by the preemptive scheduler; it is
# interrupted only after it leaves the atomic section.
import stackless

log = []
def critical():
    with stackless.atomic():
        total = 0
        for i in range(20000):
            total += i
        log.append("critical section done %d" % total)
    while True:
        pass

def flagged():
    old = stackless.getcurrent().set_atomic(True)
    n = 0
    for i in range(20000):
        n += 1
    log.append("set_atomic section done %d" % n)
    stackless.getcurrent().set_atomic(old)
    while True:
        pass

for fn in (critical, flagged):
    t = stackless.tasklet(fn)()
    r = stackless.run(50)
    print(fn.__name__, "interrupted", r is t, "after the section:", log[-1])
    print("atomic now", t.atomic)
    t.kill()
print(log)
