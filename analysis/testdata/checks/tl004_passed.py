import stackless

# Channels passed to a tasklet's function, or to a helper, are followed
# into it: the parameter's operations are the channel's.
lonely = stackless.channel()
served = stackless.channel()
helped = stackless.channel()
stored = stackless.channel()
endless = stackless.channel()
keep = []


def producer(out, n):
    for i in range(n):
        out.send(i)  # want "'out' is channel 'lonely', passed in"


def consumer(inp):
    print(inp.receive())


def helper(c):
    return c.receive()


def forwarder(c):
    helper(c)


def drain(c):
    for v in c:  # want "TL011"
        print(v)


stackless.tasklet(producer)(lonely, 3)
stackless.tasklet(producer)(out=served, n=1)
stackless.tasklet(consumer)(served)
stackless.tasklet(forwarder)(helped)
stackless.tasklet(drain)(endless)
endless.send(1)
helped.send(2)
keep.append(stored)
stored.send(3)
stackless.run()

# A bound send method handed to a tasklet sends when the tasklet runs.
feed = stackless.channel()
sink = stackless.channel()


def take_three():
    for _ in range(3):
        print(feed.receive())
    print(sink.receive())  # want "nothing ever sends on channel 'sink'"


stackless.tasklet(take_three)()
stackless.tasklet(feed.send_sequence)("abc")
stackless.run()
