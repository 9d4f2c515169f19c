def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term
        count += 1
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for k, (count, avg) in sorted(results.items()):
    print(f"{count:2} {k:8} averaging {avg:.2f}")
def coroutine_log():
    lines = []
    while True:
        try:
            line = yield
        except ValueError as e:
            lines.append("error:" + str(e))
        else:
            if line == "dump":
                print(lines)
            else:
                lines.append(line)
c = coroutine_log()
next(c)
c.send("a")
c.throw(ValueError("bad"))
c.send("b")
c.send("dump")
