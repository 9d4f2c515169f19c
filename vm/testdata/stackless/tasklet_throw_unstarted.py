# expected: by hand, tasklets.rst, tasklet.throw; scheduler.rst, Exceptions
# (PyPy differs: its tasklets have no throw method)
# An exception thrown at a tasklet that never ran ends it before its
# function starts; not being caught there, it goes on to the main tasklet.
import stackless

def never():
    print("never printed")

t = stackless.tasklet(never)()
try:
    t.throw(LookupError("early"))
except LookupError as e:
    print("main got", repr(e))
print("alive", t.alive, "runcount", stackless.getruncount())

t = stackless.tasklet(never)()
t.throw(TaskletExit)
print("TaskletExit: alive", t.alive, "runcount", stackless.getruncount())
