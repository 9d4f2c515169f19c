# expected: by hand, stackless.rst, run (calls with a timeout stack)
# (PyPy differs: its run() takes no timeout)
# Only the first run() with a timeout counts: an inner run(timeout) in a
# tasklet behaves as run() without one, so its short timeout never
# interrupts the spinning tasklet; the outer one is long enough.
import stackless

log = []
def spinner():
    n = 0
    for i in range(3000):
        n += i
    log.append("spinner done %d" % n)

def inner_runner():
    stackless.tasklet(spinner)()
    r = stackless.run(20)
    log.append("inner run returned %r" % (r,))

stackless.tasklet(inner_runner)()
print("outer run returned", stackless.run(10000000))
for e in log:
    print(e)

# Without an outer timeout, the inner one is the first and does count.
log = []
def inner_runner2():
    t = stackless.tasklet(spinner)()
    r = stackless.run(20)
    log.append("inner run interrupted the spinner: %s" % (r is t))
    t.kill()
stackless.tasklet(inner_runner2)()
print("outer run returned", stackless.run())
for e in log:
    print(e)
