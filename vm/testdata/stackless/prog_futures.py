# Futures: a tasklet computes a value; result() blocks until it is ready;
# any number of tasklets may wait on the same future.
import stackless

class Future:
    def __init__(self, fn, *args):
        self.done = False
        self.value = None
        self.waiters = stackless.channel()
        stackless.tasklet(self._run)(fn, args)

    def _run(self, fn, args):
        self.value = fn(*args)
        self.done = True
        while self.waiters.balance < 0:
            self.waiters.send(self.value)

    def result(self):
        if self.done:
            return self.value
        return self.waiters.receive()

def slow_square(x, steps):
    for _ in range(steps):
        stackless.schedule()
    return x * x

log = []
def consumer(name, futures):
    total = 0
    for f in futures:
        total += f.result()
    log.append((name, total))

fs = [Future(slow_square, i, 5 - i) for i in range(5)]
stackless.tasklet(consumer)("all", fs)
stackless.tasklet(consumer)("evens", fs[::2])
stackless.tasklet(consumer)("last", fs[-1:])
stackless.run()
print(log)
print([f.result() for f in fs], [f.waiters.balance for f in fs])
