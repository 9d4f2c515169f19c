# run() returns when no tasklet is runnable, even though some are still
# blocked on channels; they wait for a later send.
import stackless

ch = stackless.channel()
log = []
def w(i):
    log.append("w%d waits" % i)
    log.append("w%d got %s" % (i, ch.receive()))
for i in range(3):
    stackless.tasklet(w)(i)
print(stackless.run())
print(log, ch.balance)
ch.send("late")
print(log[-1], ch.balance)
stackless.tasklet(ch.send)("from a tasklet")
stackless.run()
print(log[-1], ch.balance)
