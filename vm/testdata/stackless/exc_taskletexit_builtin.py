# expected: by hand, stackless.rst, exception TaskletExit
# (PyPy differs: its TaskletExit is stackless.TaskletExit, derived from Exception)
# TaskletExit is a built-in (not a module attribute, as the reference
# transcript p25 shows) derived from SystemExit, so "except Exception"
# does not catch it.
import stackless

print(TaskletExit.__name__, TaskletExit.__bases__[0].__name__)
print(issubclass(TaskletExit, SystemExit), issubclass(TaskletExit, Exception))
print(hasattr(stackless, "TaskletExit"))

def guarded():
    try:
        stackless.schedule_remove()
    except Exception:
        print("not reached: Exception does not catch TaskletExit")
    finally:
        print("finally runs on kill")

t = stackless.tasklet(guarded)()
stackless.run()
t.kill()
print("killed", t.alive)
try:
    raise TaskletExit("direct")
except SystemExit as e:
    print("caught as SystemExit", type(e).__name__, e.args)
