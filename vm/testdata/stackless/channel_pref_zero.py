# preference = 0 prefers neither: the caller of send continues and the
# receiver is put at the end of the run queue.
import stackless

ch = stackless.channel()
ch.preference = 0
log = []
def r(name):
    log.append((name, ch.receive()))
def s():
    ch.send("x")
    log.append("sent x")
    ch.send("y")
    log.append("sent y")
def other():
    log.append("other")
stackless.tasklet(r)("r1")
stackless.tasklet(r)("r2")
stackless.run()
stackless.tasklet(s)()
stackless.tasklet(other)()
stackless.run()
print(log)
