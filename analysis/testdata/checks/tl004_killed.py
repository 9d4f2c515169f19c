import stackless

# A tasklet that the program kills, or throws into, leaves the channel it
# waits on: its receive does not block it forever.
parked = stackless.channel()
many = stackless.channel()
looped = stackless.channel()
forgotten = stackless.channel()


def park():
    parked.receive()


def nested(n):
    if n == 0:
        many.receive()
    else:
        nested(n - 1)


def loop_wait():
    looped.receive()


def forgotten_wait():
    forgotten.receive()  # want "nothing ever sends on channel 'forgotten'"


t = stackless.tasklet(park)()
ts = [stackless.tasklet(nested)(n) for n in range(3)]
ls = [stackless.tasklet(loop_wait)(), stackless.tasklet(loop_wait)()]
kept = stackless.tasklet(forgotten_wait)()
stackless.run()
t.kill()
ts[1].kill(pending=True)
for each in ls:
    each.throw(ValueError("wake up"))
print(kept.alive)
stackless.run()
