# Pumping the scheduler: tasklets yield by blocking on a channel instead
# of schedule(), so each run() runs every tasklet once; the main loop then
# reschedules the blocked ones with a preference-1 channel.
import stackless

custom_yield = stackless.channel()
custom_yield.preference = 1

def CustomYield():
    custom_yield.receive()

def reschedule_blocked():
    while custom_yield.balance < 0:
        custom_yield.send(None)

log = []
def worker(name, steps):
    for i in range(steps):
        log.append("%s step %d" % (name, i))
        CustomYield()
    log.append(name + " done")

for name, steps in (("a", 3), ("b", 1), ("c", 2)):
    stackless.tasklet(worker)(name, steps)
frame = 0
while True:
    stackless.run()
    frame += 1
    log.append("-- end of frame %d, %d blocked" % (frame, -custom_yield.balance))
    if custom_yield.balance == 0:
        break
    reschedule_blocked()
print("\n".join(log))
