# With the default preference (-1, prefer the receiver) a send to a
# waiting receiver runs the receiver at once; the sender continues after.
import stackless

ch = stackless.channel()
print("preference", ch.preference)
log = []
def r(i):
    log.append(("r wait", i))
    log.append(("r got", i, ch.receive()))
def s():
    for i in range(3):
        log.append(("s send", i))
        ch.send(i)
        log.append(("s sent", i))
for i in range(3):
    stackless.tasklet(r)(i)
stackless.tasklet(s)()
stackless.run()
for e in log:
    print(e)
