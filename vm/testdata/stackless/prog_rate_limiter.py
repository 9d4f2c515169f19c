# A token-bucket rate limiter on a simulated clock: requests wait on a
# channel until the ticker tasklet adds tokens.
import stackless

class Limiter:
    def __init__(self, rate, burst):
        self.rate = rate
        self.tokens = burst
        self.burst = burst
        self.waiting = stackless.channel()
        self.now = 0

    def acquire(self):
        if self.tokens > 0:
            self.tokens -= 1
        else:
            self.waiting.receive()

    def tick(self):
        self.now += 1
        self.tokens = min(self.burst, self.tokens + self.rate)
        while self.tokens > 0 and self.waiting.balance < 0:
            self.tokens -= 1
            self.waiting.send(None)

lim = Limiter(rate=2, burst=3)
log = []
def client(name, n):
    for i in range(n):
        lim.acquire()
        log.append((lim.now, name, i))

def ticker():
    while any(t.alive for t in clients):
        lim.tick()
        stackless.schedule()

clients = [stackless.tasklet(client)(name, 4) for name in "xyz"]
stackless.tasklet(ticker)()
stackless.run()
for t in range(lim.now + 1):
    print(t, [(name, i) for (when, name, i) in log if when == t])
