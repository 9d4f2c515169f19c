# expected: by hand, tasklets.rst, tasklet.kill
# (PyPy differs: killing a blocked tasklet leaves it counted in the channel's balance, and it has no paused)
# kill() in each state: a tasklet that never ran, one blocked on a
# channel, a paused one, the killer itself, and a dead one.
import stackless

def body(name, ch):
    try:
        print(name, "starts")
        if ch is not None:
            ch.receive()
        else:
            stackless.schedule_remove()
        print(name, "not reached")
    finally:
        print(name, "cleans up")

t = stackless.tasklet(body)("fresh", None)
t.kill()
print("fresh: alive", t.alive, "runcount", stackless.getruncount())

ch = stackless.channel()
t = stackless.tasklet(body)("blocked", ch)
stackless.run()
print("balance before", ch.balance)
t.kill()
print("blocked: alive", t.alive, "balance", ch.balance)

t = stackless.tasklet(body)("paused", None)
stackless.run()
print("paused", t.paused)
t.kill()
print("paused: alive", t.alive)

def suicide():
    try:
        stackless.getcurrent().kill()
        print("not reached")
    finally:
        print("suicide cleans up")
t = stackless.tasklet(suicide)()
stackless.run()
print("suicide: alive", t.alive)

t.kill()
print("dead: kill is a no-op", t.alive)
