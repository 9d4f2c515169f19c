# expected: by hand, stackless.rst, Attributes (current, main, runcount)
# (PyPy differs: its module has no current, main or runcount)
# The module attributes current, main and runcount follow the scheduler,
# like getcurrent(), getmain() and getruncount().
import stackless

print(stackless.current is stackless.getcurrent(), stackless.main is stackless.getmain())
print(stackless.current is stackless.main, stackless.runcount)
def w():
    print("in tasklet", stackless.current is stackless.main, stackless.current.is_main)
    print("runcount", stackless.runcount, stackless.getruncount())
for _ in range(2):
    stackless.tasklet(w)()
print("runcount before", stackless.runcount)
stackless.run()
print("runcount after", stackless.runcount)
