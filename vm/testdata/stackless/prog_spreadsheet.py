# A dataflow spreadsheet: each formula cell is a tasklet that waits for
# changes of its inputs and publishes its new value to its dependants.
import stackless

class Cell:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value
        self.listeners = []
        self.changes = stackless.channel()
        self.changes.preference = 1

    def set(self, value):
        self.value = value
        for l in self.listeners:
            l.changes.send(self)

log = []
def formula(cell, inputs, fn):
    for i in inputs:
        i.listeners.append(cell)
    while True:
        cell.changes.receive()
        if any(i.value is None for i in inputs):
            continue
        new = fn(*[i.value for i in inputs])
        if new != cell.value:
            log.append("%s = %s" % (cell.name, new))
            cell.set(new)

a, b = Cell("a"), Cell("b")
total = Cell("total")
double = Cell("double")
big = Cell("big")
stackless.tasklet(formula)(total, [a, b], lambda x, y: x + y)
stackless.tasklet(formula)(double, [total], lambda t: 2 * t)
stackless.tasklet(formula)(big, [double, a], lambda d, x: d > 20 or x > 9)
stackless.run()
for name, cell, v in (("a", a, 1), ("b", b, 2), ("a", a, 10), ("b", b, 2), ("b", b, -10)):
    log.append("set %s %s" % (name, v))
    cell.set(v)
    stackless.run()
print("\n".join(log))
print(total.value, double.value, big.value)
