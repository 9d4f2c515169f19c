# Dining philosophers with forks as one-slot channels: a philosopher takes
# the lower-numbered fork first, so there is no deadlock.
import stackless

N = 5
class Fork:
    def __init__(self, i):
        self.i = i
        self.ch = stackless.channel()
        self.free = True

    def take(self):
        while not self.free:
            self.ch.receive()
        self.free = False

    def put(self):
        self.free = True
        if self.ch.balance < 0:
            self.ch.send(None)

forks = [Fork(i) for i in range(N)]
meals = [0] * N
log = []

def philosopher(i, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if left.i < right.i else (right, left)
    for r in range(rounds):
        first.take()
        stackless.schedule()
        second.take()
        meals[i] += 1
        log.append("p%d eats (meal %d)" % (i, meals[i]))
        stackless.schedule()
        second.put()
        first.put()
        stackless.schedule()

for i in range(N):
    stackless.tasklet(philosopher)(i, 3)
stackless.run()
for line in log:
    print(line)
print("meals", meals, "forks free", all(f.free for f in forks))
