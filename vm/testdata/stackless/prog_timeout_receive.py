# receive with a timeout on a simulated clock: a watcher tasklet sends a
# TIMEOUT marker on the same channel if nothing came before the deadline;
# a value that comes in time cancels the watcher.
import stackless

TIMEOUT = "timeout"
clock = {"now": 0}

def watcher(ch, deadline, state):
    while clock["now"] < deadline:
        stackless.schedule()
        if state["done"]:
            return
    if not state["done"]:
        ch.send(TIMEOUT)

def receive_with_timeout(ch, ticks):
    state = {"done": False}
    stackless.tasklet(watcher)(ch, clock["now"] + ticks, state)
    v = ch.receive()
    state["done"] = True
    return v

def ticker(n):
    for _ in range(n):
        clock["now"] += 1
        stackless.schedule()

def slow_sender(ch, delay, v):
    while clock["now"] < delay:
        stackless.schedule()
    ch.send(v)

log = []
def client():
    a = stackless.channel()
    stackless.tasklet(slow_sender)(a, 2, "fast answer")
    log.append((clock["now"], receive_with_timeout(a, 5)))
    b = stackless.channel()
    log.append((clock["now"], receive_with_timeout(b, 3)))

stackless.tasklet(ticker)(20)
stackless.tasklet(client)()
stackless.run()
print(log)
