import sys
sys.setrecursionlimit(200)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("max depth reached:", depth)
print("recovered; can still call:", forever.__name__)
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(150))
