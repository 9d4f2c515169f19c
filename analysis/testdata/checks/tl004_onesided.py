import stackless

orphan = stackless.channel()
silent = stackless.channel()
pair = stackless.channel()
passed = stackless.channel()


def sender():
    orphan.send(1)  # want "TL004"


def receiver():
    print(silent.receive())  # want "TL004"


def both():
    pair.send(pair.receive())


def take(c):
    return c.receive()


stackless.tasklet(sender)()
stackless.tasklet(receiver)()
stackless.tasklet(both)()
stackless.tasklet(take)(passed)
passed.send(1)
pair.send(2)
pair.receive()
stackless.run()
