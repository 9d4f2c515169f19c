import stackless

# Each of these has a way out of the wait: main feeds the ring, one side
# sends first, or the first operation is conditional.
p1 = stackless.channel()
p2 = stackless.channel()


def ping():
    p1.send("ping")
    print(p2.receive())


def pong():
    print(p1.receive())
    p2.send("pong")


stackless.tasklet(ping)()
stackless.tasklet(pong)()

r1 = stackless.channel()
r2 = stackless.channel()


def stage(inp, out):
    v = inp.receive()
    out.send(v + 1)


stackless.tasklet(stage)(r1, r2)
stackless.tasklet(stage)(r2, r1)
r1.send(0)

q1 = stackless.channel()
q2 = stackless.channel()
ready = True


def maybe():
    if ready:
        q2.send(1)
    print(q1.receive())


def other():
    print(q2.receive())
    q1.send(2)


stackless.tasklet(maybe)()
stackless.tasklet(other)()
stackless.run()
