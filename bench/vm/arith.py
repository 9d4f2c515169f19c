# A tight arithmetic loop over ints and floats: local variables, +, -, *,
# //, %, bit operations and a float accumulator.
# Usage: arith.py [N]   (default 3000000 iterations)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000


def loop(n):
    acc = 0
    mix = 1
    f = 0.0
    i = 0
    while i < n:
        acc += (i * 7 + 3) % 11 - (i // 5)
        mix = (mix * 31 + i) & 0xFFFF
        f += i * 0.5 - mix / 4.0
        i += 1
    return acc, mix, f


acc, mix, f = loop(N)
print("arith", N, acc, mix, "%.1f" % f)
