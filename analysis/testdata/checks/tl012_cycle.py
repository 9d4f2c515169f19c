import stackless

ch1 = stackless.channel()
ch2 = stackless.channel()


def a():
    x = ch1.receive()  # want "TL012"
    ch2.send(x)


def b():
    y = ch2.receive()  # want "'b' blocks here on ch2.receive()"
    ch1.send(y)


stackless.tasklet(a)()
stackless.tasklet(b)()

# A ring of workers, each passed its input and output: every one waits
# for the one before it, which waits in turn.
r1 = stackless.channel()
r2 = stackless.channel()
r3 = stackless.channel()


def stage(inp, out):
    while True:
        v = inp.receive()  # want "TL012"
        out.send(v + 1)


stackless.tasklet(stage)(r1, r2)
stackless.tasklet(stage)(r2, r3)
stackless.tasklet(stage)(r3, r1)

# A tasklet that waits on a channel only it serves, later.
own = stackless.channel()


def selfish():
    print("start")
    v = own.receive()  # want "TL012"
    own.send(v)


stackless.tasklet(selfish)()
stackless.run()
