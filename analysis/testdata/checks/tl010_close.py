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

# Receivers started before the close may be waiting on the channel: a
# send that meets one works on a closed channel. A receiver created but
# not yet run is not waiting.
waited = stackless.channel()
unstarted = stackless.channel()


def wait_on(c):
    print(c.receive())


def late():
    print(unstarted.receive())


stackless.tasklet(wait_on)(waited)
stackless.run()
waited.close()
waited.send("one")
stackless.tasklet(late)()
unstarted.close()
unstarted.send("two")  # want "TL010"
stackless.run()
