class LCG:
    def __init__(self, seed):
        self.s = seed
    def next(self):
        self.s = (self.s * 1103515245 + 12345) % (2 ** 31)
        return self.s
    def randint(self, a, b):
        return a + (self.next() >> 16) % (b - a + 1)
rng = LCG(42)
queue, served, t, waits = [], 0, 0, []
while t < 50:
    if rng.randint(0, 2) == 0:
        queue.append(t)
    if queue and rng.randint(0, 1):
        arrived = queue.pop(0)
        waits.append(t - arrived)
        served += 1
    t += 1
print(served, len(queue), waits[:10], sum(waits) / len(waits) if waits else 0)
print(max(waits), min(waits), sorted(set(waits)))
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for k in sorted(hist):
    print("%2d %s" % (k, "#" * hist[k]))
