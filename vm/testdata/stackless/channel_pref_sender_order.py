# preference = 1 prefers the sender: a send to a waiting receiver returns
# at once, the receiver runs later.
import stackless

ch = stackless.channel()
ch.preference = 1
print("preference", ch.preference)
log = []
def r(i):
    log.append(("r got", i, ch.receive()))
def s():
    for i in range(3):
        ch.send(i)
        log.append(("s sent", i))
    log.append("s done")
for i in range(3):
    stackless.tasklet(r)(i)
stackless.tasklet(s)()
stackless.run()
for e in log:
    print(e)
