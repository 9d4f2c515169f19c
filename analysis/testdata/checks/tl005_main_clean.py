import stackless

# The main tasklet's path goes into main(), but a tasklet exists to serve
# the channel by the time it blocks, or the call's effect is unknown.


def served():
    ch = stackless.channel()
    stackless.tasklet(lambda: ch.send(1))()
    print(ch.receive())


def gen(c):
    yield c.receive()


def lazy():
    ch = stackless.channel()
    for v in gen(ch):
        print(v)
    ch.send(2)


def main():
    served()


main()
lazy()
