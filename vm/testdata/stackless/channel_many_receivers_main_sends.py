# The main tasklet serves many receivers one send at a time; with the
# default preference each receiver runs at once, before main's next send.
import stackless

ch = stackless.channel()
log = []
def r(i):
    v = ch.receive()
    log.append("r%d got %s" % (i, v))
    if i % 2:
        stackless.schedule()
        log.append("r%d after schedule" % i)
for i in range(4):
    stackless.tasklet(r)(i)
stackless.run()
for v in "abcd":
    log.append("main sends " + v)
    ch.send(v)
log.append("main done, runcount %d" % stackless.getruncount())
stackless.run()
print("\n".join(log))
