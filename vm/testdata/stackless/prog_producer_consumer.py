# Producers and consumers share a bounded queue built from a list and two
# channels: producers wait while the queue is full, consumers while it is
# empty.
import stackless

class BoundedQueue:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.not_full = stackless.channel()
        self.not_empty = stackless.channel()

    def put(self, item):
        while len(self.items) >= self.size:
            self.not_full.receive()
        self.items.append(item)
        if self.not_empty.balance < 0:
            self.not_empty.send(None)

    def get(self):
        while not self.items:
            self.not_empty.receive()
        item = self.items.pop(0)
        if self.not_full.balance < 0:
            self.not_full.send(None)
        return item

q = BoundedQueue(2)
log = []
high_water = [0]

def producer(name, count):
    for i in range(count):
        q.put((name, i))
        high_water[0] = max(high_water[0], len(q.items))
        log.append("%s put %d (queue %d)" % (name, i, len(q.items)))
    log.append("%s finished" % name)

def consumer(name, count, results):
    for _ in range(count):
        item = q.get()
        results.append(item)
        log.append("%s got %s%d" % (name, item[0], item[1]))
        stackless.schedule()

results = []
stackless.tasklet(producer)("P", 5)
stackless.tasklet(producer)("Q", 3)
stackless.tasklet(consumer)("c1", 4, results)
stackless.tasklet(consumer)("c2", 4, results)
stackless.run()
for line in log:
    print(line)
print("high water", high_water[0], "size", q.size)
print(sorted(results))
print("left", q.items, q.not_full.balance, q.not_empty.balance)
