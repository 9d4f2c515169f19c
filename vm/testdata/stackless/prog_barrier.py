# A barrier on a channel: each party waits until all have arrived, then
# all go on together, round after round.
import stackless

class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.waiting = 0
        self.ch = stackless.channel()
        self.ch.preference = 1  # the last arrival releases without switching

    def wait(self):
        self.waiting += 1
        if self.waiting == self.parties:
            self.waiting = 0
            while self.ch.balance < 0:
                self.ch.send(None)
        else:
            self.ch.receive()

b = Barrier(3)
log = []
def worker(name, steps):
    for i in range(steps):
        for _ in range(len(name) * (i + 1)):
            stackless.schedule()
        log.append("%s reaches %d" % (name, i))
        b.wait()
        log.append("%s passes %d" % (name, i))

for name in ("a", "bb", "ccc"):
    stackless.tasklet(worker)(name, 2)
stackless.run()
for line in log:
    print(line)
