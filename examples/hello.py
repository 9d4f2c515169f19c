"""A producer and a consumer tasklet talking over a stackless channel.

The producer sends a few numbers and then None to say it is done; the
consumer adds them up. Each send blocks until the consumer receives, so the
two tasklets take turns, printing their lines interleaved.
"""
import stackless


def producer(ch, items):
    for item in items:
        print("sending", item)
        ch.send(item)
    ch.send(None)


def consumer(ch):
    total = 0
    while True:
        item = ch.receive()
        if item is None:
            break
        print("received", item)
        total += item
    print("total", total)


ch = stackless.channel()
stackless.tasklet(producer)(ch, [1, 2, 3])
stackless.tasklet(consumer)(ch)
stackless.run()
