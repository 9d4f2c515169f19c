# A sleep manager: tasklets sleep on a simulated clock. Sleepers wait on
# their own channel, kept in a sorted list of (wake time, seq, channel);
# the clock tasklet advances time and wakes whoever is due.
import stackless
import bisect

class Clock:
    def __init__(self):
        self.now = 0
        self.sleepers = []
        self.seq = 0

    def sleep(self, delay):
        ch = stackless.channel()
        self.seq += 1
        bisect.insort(self.sleepers, (self.now + delay, self.seq, ch))
        ch.receive()

    def tick(self):
        self.now += 1
        while self.sleepers and self.sleepers[0][0] <= self.now:
            _, _, ch = self.sleepers.pop(0)
            ch.send(None)

    def run_until_idle(self, others):
        while self.sleepers or any(t.alive for t in others):
            self.tick()
            stackless.schedule()

clock = Clock()

def sleeper(name, delays):
    for d in delays:
        print("t=%d %s sleeps %d" % (clock.now, name, d))
        clock.sleep(d)
        print("t=%d %s wakes" % (clock.now, name))
    print("t=%d %s done" % (clock.now, name))

ts = [
    stackless.tasklet(sleeper)("alpha", [3, 1]),
    stackless.tasklet(sleeper)("beta", [1, 1, 1]),
    stackless.tasklet(sleeper)("gamma", [5]),
]
stackless.run()
clock.run_until_idle(ts)
print("final time", clock.now)
