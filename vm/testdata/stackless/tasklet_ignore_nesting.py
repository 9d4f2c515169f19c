# expected: by hand, tasklets.rst, tasklet.set_ignore_nesting and tasklet.ignore_nesting
# (PyPy differs: its tasklets have neither)
# set_ignore_nesting(flag) returns the old flag; the attribute shows it.
import stackless

cur = stackless.getcurrent()
print(cur.ignore_nesting)
print(cur.set_ignore_nesting(1), cur.ignore_nesting)
print(cur.set_ignore_nesting(True), cur.ignore_nesting)
print(cur.set_ignore_nesting(0), cur.ignore_nesting)
def w():
    me = stackless.getcurrent()
    print("tasklet", me.ignore_nesting, me.set_ignore_nesting(True), me.ignore_nesting)
t = stackless.tasklet(w)()
stackless.run()
print("main unchanged", cur.ignore_nesting)
