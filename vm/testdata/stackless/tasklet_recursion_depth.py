# expected: by hand, tasklets.rst, class tasklet (recursion_depth)
# (PyPy differs: its tasklets have no recursion_depth)
# recursion_depth grows by one for each Python call a tasklet is in,
# whether it is running or blocked.
import stackless

ch = stackless.channel()
depths = {}
def nest(n, label):
    if n == 0:
        depths[label] = stackless.getcurrent().recursion_depth
        ch.receive()
        return
    nest(n - 1, label)

a = stackless.tasklet(nest)(0, "a")
b = stackless.tasklet(nest)(5, "b")
stackless.run()
print("running: b - a =", depths["b"] - depths["a"])
print("blocked: b - a =", b.recursion_depth - a.recursion_depth)
ch.send(None)
ch.send(None)
