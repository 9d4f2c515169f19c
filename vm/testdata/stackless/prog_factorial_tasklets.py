# factorial(1000) where every call runs in a new tasklet and sends its
# result back over a channel: 1000 tasklets blocked at the deepest point.
import stackless
import sys

sys.setrecursionlimit(20000)  # PyPy's emulation nests its continulets

def fact(n, out):
    if n <= 1:
        out.send(1)
        return
    ch = stackless.channel()
    stackless.tasklet(fact)(n - 1, ch)
    out.send(n * ch.receive())

result = stackless.channel()
stackless.tasklet(fact)(1000, result)
f = result.receive()
s = str(f)
print(len(s), s[:30], s[-10:])
check = 1
for i in range(2, 1001):
    check *= i
# Every sender is still runnable: its send() has not returned yet.
print(f == check, stackless.getruncount())
stackless.run()
print(stackless.getruncount())
