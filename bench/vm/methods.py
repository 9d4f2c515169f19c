# Method calls on instances: attribute reads and writes on self, bound
# method calls, a property and an inherited method.
# Usage: methods.py [N]   (default 1000000 iterations)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class Counter:
    def __init__(self, start):
        self.value = start
        self.calls = 0

    def add(self, k):
        self.value += k
        self.calls += 1
        return self

    def get(self):
        return self.value

    @property
    def doubled(self):
        return self.value * 2


class Bounded(Counter):
    def __init__(self, start, limit):
        super().__init__(start)
        self.limit = limit

    def add(self, k):
        Counter.add(self, k)
        if self.value > self.limit:
            self.value -= self.limit
        return self


def run(n):
    a = Counter(0)
    b = Bounded(0, 1000)
    total = 0
    for i in range(n):
        a.add(1)
        b.add(i & 7)
        total += b.get() + (a.doubled & 1)
    return a.get(), a.calls, b.get(), b.calls, total


print("methods", N, *run(N))
