# Recursive fib: calls, comparisons and small-int arithmetic.
# Usage: fib.py [N]   (default 27; prints "fib 196418")
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 27


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", N, fib(N))
