# expected: by hand, tasklets.rst, tasklet.atomic ("True while this tasklet is within a set_atomic block")
# (PyPy differs: its tasklets have no atomic)
# The atomic flag belongs to one tasklet: tasklets created inside an
# atomic block do not inherit it, and switching does not carry it over.
import stackless

def child(name):
    print(name, "atomic", stackless.getcurrent().atomic)

def parent():
    with stackless.atomic():
        print("parent atomic", stackless.getcurrent().atomic)
        stackless.tasklet(child)("child")
        stackless.schedule()
        print("parent still atomic", stackless.getcurrent().atomic)
    print("parent after", stackless.getcurrent().atomic)

stackless.tasklet(parent)()
stackless.tasklet(child)("sibling")
stackless.run()
print("main", stackless.getcurrent().atomic)
