# A counting semaphore on a channel: at most two workers hold it at once.
import stackless

class Semaphore:
    def __init__(self, value):
        self.value = value
        self.ch = stackless.channel()

    def acquire(self):
        if self.value > 0:
            self.value -= 1
        else:
            self.ch.receive()

    def release(self):
        if self.ch.balance < 0:
            self.ch.send(None)
        else:
            self.value += 1

sem = Semaphore(2)
inside = []
max_inside = [0]
log = []
def worker(i):
    sem.acquire()
    inside.append(i)
    max_inside[0] = max(max_inside[0], len(inside))
    log.append("w%d in %s" % (i, sorted(inside)))
    for _ in range(i % 3 + 1):
        stackless.schedule()
    inside.remove(i)
    log.append("w%d out" % i)
    sem.release()

for i in range(6):
    stackless.tasklet(worker)(i)
stackless.run()
for line in log:
    print(line)
print("max inside", max_inside[0], "value", sem.value, "balance", sem.ch.balance)
