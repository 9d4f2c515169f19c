# expected: by hand, stackless.rst, exception TaskletExit
# (PyPy differs: TaskletExit is stackless.TaskletExit there, not a built-in)
# kill() raises TaskletExit in the tasklet; it can be caught like any
# exception, and a tasklet that swallows it keeps running.
import stackless

def stubborn():
    for i in range(3):
        try:
            stackless.schedule_remove()
        except TaskletExit:
            print("stubborn survives kill", i)
    print("stubborn ends by itself")

def polite():
    try:
        stackless.schedule_remove()
    except TaskletExit as e:
        print("polite got", type(e).__name__, e.args, isinstance(e, SystemExit))
        raise

s = stackless.tasklet(stubborn)()
p = stackless.tasklet(polite)()
stackless.run()
p.kill()
print("polite alive", p.alive)
for i in range(3):
    s.kill()
    print("after kill", i, "alive", s.alive)
