# fib(n) where each call spawns two tasklets and adds their results.
import stackless

count = [0]
def fib(n, out):
    count[0] += 1
    if n < 2:
        out.send(n)
        return
    a = stackless.channel()
    b = stackless.channel()
    stackless.tasklet(fib)(n - 1, a)
    stackless.tasklet(fib)(n - 2, b)
    out.send(a.receive() + b.receive())

for n in (0, 1, 2, 10, 15):
    count[0] = 0
    out = stackless.channel()
    stackless.tasklet(fib)(n, out)
    print(n, out.receive(), count[0])
    stackless.run()
