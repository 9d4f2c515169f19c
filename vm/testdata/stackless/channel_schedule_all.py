# schedule_all makes every channel action go through the scheduler: both
# partners are runnable afterwards and the next tasklet in line runs.
import stackless

ch = stackless.channel()
ch.schedule_all = 1
log = []
def r():
    log.append("r waits")
    log.append(("r got", ch.receive()))
def s():
    log.append("s sends")
    ch.send(7)
    log.append("s continues")
def t():
    log.append("t runs")
    stackless.schedule()
    log.append("t again")
stackless.tasklet(r)()
stackless.tasklet(s)()
stackless.tasklet(t)()
stackless.run()
for e in log:
    print(e)
