# Sorting and counting with a dict over N pseudo-random ints from a linear
# congruential generator (deterministic, no random module).
# Usage: sortdict.py [N]   (default 200000)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000


def make(n, seed):
    xs = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(x % 50000)
    return xs


def count(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return counts


xs = make(N, 42)
s = sorted(xs)
counts = count(xs)
top = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
check = 0
for i in range(0, len(s), 997):
    check = (check * 31 + s[i]) % 1000000007
print("sortdict", N, len(counts), s[0], s[-1], top, check)
