# expected: by hand, tasklets.rst, tasklet.bind ("To clear the binding of a tasklet set all arguments to None")
# (PyPy differs: its bind takes only the function and refuses None)
# One tasklet object reused: run part of a function, unbind it with
# bind(None) (its finally block does not run), bind another function, and
# again after that one ends.
import stackless

def func():
    try:
        print("part 1")
        stackless.schedule_remove()
        print("part 2")
    finally:
        print("cleanup")

def second(x):
    print("second", x)

t = stackless.tasklet(func)()
stackless.run()
print("paused", t.paused)
t.bind(None)
print("unbound", t.alive, t.paused, t.scheduled)
t.bind(second)
t.setup(1)
stackless.run()
print("ended", t.alive)
t.bind(second, (2,))
t.insert()
stackless.run()
t.bind(func)
t()
stackless.run()
t.insert()
stackless.run()
print("end", t.alive)
