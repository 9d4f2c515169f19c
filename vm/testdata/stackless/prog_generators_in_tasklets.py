# Generators live happily inside tasklets: a tasklet can switch away
# while a generator is suspended, and a generator can block on a channel
# in the middle of yielding.
import stackless

ch = stackless.channel()
def numbers():
    for i in range(3):
        v = ch.receive()  # blocks inside the generator
        yield v * 2

def consumer(log):
    for v in numbers():
        log.append("consumer got %d" % v)
    log.append("consumer done")

def producer(log):
    for i in range(3):
        log.append("producer sends %d" % i)
        ch.send(i)

def chained(log):
    def inner():
        yield 1
        stackless.schedule()
        yield 2
    def outer():
        yield from inner()
        yield 3
    log.append("chained %r" % list(outer()))

log = []
stackless.tasklet(consumer)(log)
stackless.tasklet(producer)(log)
stackless.tasklet(chained)(log)
stackless.run()
print("\n".join(log))
