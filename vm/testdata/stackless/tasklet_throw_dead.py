# expected: by hand, tasklets.rst, tasklet.throw and tasklet.raise_exception
# (PyPy differs: its tasklets have neither method)
# Throwing to a dead tasklet is a RuntimeError in the caller, except for
# TaskletExit, which a dead tasklet accepts silently.
import stackless

def quick():
    pass
t = stackless.tasklet(quick)()
stackless.run()
print("alive", t.alive)
for label, call in [
    ("throw", lambda: t.throw(ValueError("x"))),
    ("throw class", lambda: t.throw(ValueError)),
    ("raise_exception", lambda: t.raise_exception(ValueError, "x")),
    ("throw TaskletExit", lambda: t.throw(TaskletExit)),
    ("raise_exception TaskletExit", lambda: t.raise_exception(TaskletExit)),
    ("kill", lambda: t.kill()),
]:
    try:
        print(label, "->", call())
    except RuntimeError:
        print(label, "-> RuntimeError")
