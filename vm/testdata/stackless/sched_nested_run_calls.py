# run() called from inside a tasklet: the inner call returns when the run
# queue empties, then the outer one.
import stackless

log = []
def leaf(n):
    log.append("leaf %d" % n)
    stackless.schedule()
    log.append("leaf %d again" % n)

def runner(name):
    log.append(name + " before run")
    stackless.tasklet(leaf)(len(log))
    stackless.run()
    log.append(name + " after run")

stackless.tasklet(runner)("r1")
stackless.tasklet(leaf)(100)
stackless.run()
for line in log:
    print(line)
