def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)
e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
g = accumulator()
try:
    g.send(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def twoway():
    x = yield "first"
    y = yield x * 2
    yield x + y
t = twoway()
print(next(t), t.send(10), t.send(1))
