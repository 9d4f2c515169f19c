# The preference also decides who runs on when a receiver meets a
# blocked sender: -1 keeps the receiver running, 1 runs the sender first.
import stackless

for pref in (-1, 1, 0):
    ch = stackless.channel()
    ch.preference = pref
    log = []
    def s(i):
        ch.send(i)
        log.append(("sender resumed", i))
    def r():
        for _ in range(2):
            log.append(("received", ch.receive()))
        log.append("receiver done")
    stackless.tasklet(s)(1)
    stackless.tasklet(s)(2)
    stackless.run()
    stackless.tasklet(r)()
    stackless.run()
    print(pref, log)
