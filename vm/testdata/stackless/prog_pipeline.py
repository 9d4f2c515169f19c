# A pipeline: a generator feeds a channel with send_sequence, filter and
# map stages are tasklets between channels, the sink collects.
import stackless

END = object()

def numbers(n):
    for i in range(n):
        yield i

def source(out, n):
    out.send_sequence(numbers(n))
    out.send(END)

def stage(inp, out, fn, keep):
    while True:
        v = inp.receive()
        if v is END:
            out.send(END)
            return
        if keep(v):
            out.send(fn(v))

def sink(inp, results):
    while True:
        v = inp.receive()
        if v is END:
            return
        results.append(v)

a, b, c = stackless.channel(), stackless.channel(), stackless.channel()
results = []
stackless.tasklet(source)(a, 20)
stackless.tasklet(stage)(a, b, lambda v: v * v, lambda v: v % 3 == 0)
stackless.tasklet(stage)(b, c, lambda v: v + 1, lambda v: v % 2 == 0)
stackless.tasklet(sink)(c, results)
stackless.run()
print(results)
print(a.balance, b.balance, c.balance)
