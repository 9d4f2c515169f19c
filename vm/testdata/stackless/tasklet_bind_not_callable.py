# expected: by hand, tasklets.rst, tasklet.bind (binds a callable object)
# (PyPy differs: its constructor accepts anything)
# A tasklet needs a callable.
import stackless

for bad in (42, "text", [len]):
    try:
        stackless.tasklet(bad)
    except TypeError as e:
        print("TypeError for", repr(bad))
t = stackless.tasklet()
try:
    t.bind(3.5)
except TypeError:
    print("bind: TypeError")
print(t.alive)
