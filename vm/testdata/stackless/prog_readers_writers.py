# A readers-writer lock on channels: many readers at once, a writer
# alone; waiting writers go before new readers.
import stackless

class RWLock:
    def __init__(self):
        self.readers = 0
        self.writing = False
        self.writers_waiting = 0
        self.read_ch = stackless.channel()
        self.write_ch = stackless.channel()
        self.read_ch.preference = 1
        self.write_ch.preference = 1

    def acquire_read(self):
        while self.writing or self.writers_waiting:
            self.read_ch.receive()
        self.readers += 1

    def release_read(self):
        self.readers -= 1
        if self.readers == 0 and self.write_ch.balance < 0:
            self.write_ch.send(None)

    def acquire_write(self):
        self.writers_waiting += 1
        while self.writing or self.readers:
            self.write_ch.receive()
        self.writers_waiting -= 1
        self.writing = True

    def release_write(self):
        self.writing = False
        if self.write_ch.balance < 0:
            self.write_ch.send(None)
        else:
            while self.read_ch.balance < 0:
                self.read_ch.send(None)

lock = RWLock()
data = {"v": 0}
log = []
def reader(name, times):
    for _ in range(times):
        lock.acquire_read()
        log.append("%s reads %d (readers %d)" % (name, data["v"], lock.readers))
        stackless.schedule()
        lock.release_read()
        stackless.schedule()

def writer(name, times):
    for _ in range(times):
        lock.acquire_write()
        data["v"] += 1
        log.append("%s writes %d (readers %d)" % (name, data["v"], lock.readers))
        stackless.schedule()
        lock.release_write()
        stackless.schedule()

stackless.tasklet(reader)("r1", 3)
stackless.tasklet(reader)("r2", 3)
stackless.tasklet(writer)("w1", 2)
stackless.tasklet(reader)("r3", 2)
stackless.tasklet(writer)("w2", 1)
stackless.run()
print("\n".join(log))
print("final", data["v"], lock.readers, lock.writing)
