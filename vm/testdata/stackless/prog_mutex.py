# A mutex built on a channel: lock() takes the lock or waits on the
# channel; unlock() hands the lock to the first waiter.
import stackless

class Mutex:
    def __init__(self):
        self.locked = False
        self.waiters = stackless.channel()
        self.waiters.preference = 1  # unlock() hands over without switching

    def lock(self):
        if self.locked:
            self.waiters.receive()
        else:
            self.locked = True

    def unlock(self):
        if self.waiters.balance < 0:
            self.waiters.send(None)  # the lock passes to the waiter
        else:
            self.locked = False

m = Mutex()
shared = []
def worker(name, steps):
    for i in range(steps):
        m.lock()
        shared.append(name + "+")
        stackless.schedule()  # others run, but cannot enter
        shared.append(name + "-")
        m.unlock()
        stackless.schedule()

for name in "abc":
    stackless.tasklet(worker)(name, 2)
stackless.run()
print(" ".join(shared))
pairs = [shared[i][0] == shared[i + 1][0] for i in range(0, len(shared), 2)]
print("critical sections intact:", all(pairs), "locked:", m.locked)
