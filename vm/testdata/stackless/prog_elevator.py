# An elevator controller: passengers are tasklets that call the elevator
# and wait on a channel per floor; the elevator sweeps up and down,
# opening at floors where someone waits to board or to leave.
import stackless

FLOORS = 6
calls = {f: stackless.channel() for f in range(FLOORS)}
arrive = {f: stackless.channel() for f in range(FLOORS)}
for ch in list(calls.values()) + list(arrive.values()):
    ch.preference = 1
log = []

def passenger(name, start, dest, delay):
    for _ in range(delay):
        stackless.schedule()
    log.append("%s calls at %d" % (name, start))
    calls[start].receive()            # wait for the doors at start
    log.append("%s boards at %d for %d" % (name, start, dest))
    riders[dest] = riders.get(dest, 0) + 1
    arrive[dest].receive()            # wait for the doors at dest
    log.append("%s leaves at %d" % (name, dest))

riders = {}
def elevator(steps):
    floor, direction = 0, 1
    for _ in range(steps):
        if calls[floor].balance < 0 or riders.get(floor):
            log.append("doors open at %d" % floor)
            while arrive[floor].balance < 0:
                arrive[floor].send(None)
            riders[floor] = 0
            while calls[floor].balance < 0:
                calls[floor].send(None)
        stackless.schedule()
        if not 0 <= floor + direction < FLOORS:
            direction = -direction
        floor += direction

stackless.tasklet(passenger)("ann", 0, 4, 0)
stackless.tasklet(passenger)("bob", 3, 1, 1)
stackless.tasklet(passenger)("cy", 5, 0, 2)
stackless.tasklet(passenger)("dee", 2, 5, 8)
stackless.tasklet(elevator)(24)
stackless.run()
print("\n".join(log))
