# expected: by hand, tasklets.rst, tasklet.set_atomic and tasklet.atomic
# (PyPy differs: its tasklets have no set_atomic or atomic)
# set_atomic(flag) sets the atomic flag and returns the old one.
import stackless

cur = stackless.getcurrent()
print("initial", cur.atomic)
print(cur.set_atomic(True), cur.atomic)
print(cur.set_atomic(1), cur.atomic)
print(cur.set_atomic(0), cur.atomic)
print(cur.set_atomic("yes"), cur.atomic)
print(cur.set_atomic([]), cur.atomic)

def w():
    me = stackless.getcurrent()
    old = me.set_atomic(True)
    print("in tasklet", old, me.atomic, "main", stackless.getmain().atomic)
    stackless.schedule()
    print("still atomic after schedule", me.atomic)
    me.set_atomic(old)
t = stackless.tasklet(w)()
print("other tasklet", t.atomic)
t.set_atomic(True)
print("set from outside", t.atomic)
t.set_atomic(False)
stackless.run()
print("after", t.atomic)
