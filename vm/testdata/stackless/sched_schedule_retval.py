# expected: by hand, stackless.rst, schedule(retval=stackless.current)
# (PyPy differs: schedule(None) returns the current tasklet)
# schedule(retval) returns retval; without an argument it returns the
# current tasklet.
import stackless

def w():
    print(stackless.schedule(42))
    print(stackless.schedule("text"))
    print(stackless.schedule(None))
    me = stackless.getcurrent()
    print(stackless.schedule() is me)

stackless.tasklet(w)()
stackless.run()
