import stackless

ch = stackless.channel()


def producer():
    ch.send(1)
    ch.close()
    ch.send(2)  # want "TL010"


def guarded():
    ch.close()
    try:
        ch.send(3)
    except ValueError:
        print("closed")
    ch.open()
    ch.send(4)


def consumer():
    while True:
        print(ch.receive())


stackless.tasklet(producer)()
stackless.tasklet(guarded)()
stackless.tasklet(consumer)()
stackless.run()
