# Non-tail recursion to depth N in plain code (no tasklets). CPython needs
# its recursion limit raised, and may still run out of C stack.
# Usage: recursion.py [N]   (default 1000000)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
try:
    sys.setrecursionlimit(N + 100)
except Exception:
    pass


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("depth", N, depth(N))
