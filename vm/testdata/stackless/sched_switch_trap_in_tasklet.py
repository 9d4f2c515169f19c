# expected: by hand, stackless.rst, switch_trap
# (PyPy differs: it has no switch_trap)
# The switch trap level is the scheduler's: raised inside a tasklet, it
# stops that tasklet from yielding; lowered again, everything resumes.
import stackless

log = []
def guarded():
    old = stackless.switch_trap(1)
    try:
        stackless.schedule()
        log.append("not reached")
    except RuntimeError:
        log.append("guarded could not yield, level %d" % (old + 1))
    finally:
        stackless.switch_trap(-1)
    stackless.schedule()
    log.append("guarded yielded after the trap")

def other():
    log.append("other runs")

stackless.tasklet(guarded)()
stackless.tasklet(other)()
stackless.run()
print("\n".join(log))
print("level", stackless.switch_trap(0))
