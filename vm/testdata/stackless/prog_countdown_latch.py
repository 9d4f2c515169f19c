# A countdown latch: waiters block until count_down() has been called N
# times; later waiters pass at once.
import stackless

class Latch:
    def __init__(self, count):
        self.count = count
        self.ch = stackless.channel()

    def count_down(self):
        self.count -= 1
        if self.count == 0:
            while self.ch.balance < 0:
                self.ch.send(None)

    def wait(self):
        if self.count > 0:
            self.ch.receive()

latch = Latch(3)
log = []
def worker(i):
    for _ in range(i):
        stackless.schedule()
    log.append("worker %d done" % i)
    latch.count_down()

def waiter(name):
    latch.wait()
    log.append(name + " released")

stackless.tasklet(waiter)("first")
for i in (3, 1, 2):
    stackless.tasklet(worker)(i)
stackless.tasklet(waiter)("second")
stackless.run()
stackless.tasklet(waiter)("late")
stackless.run()
print("\n".join(log))
