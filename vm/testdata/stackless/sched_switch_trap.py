# expected: by hand, stackless.rst, switch_trap
# (PyPy differs: it has no switch_trap)
# switch_trap(change) adds to the trap level and returns the old level;
# while it is not zero every tasklet switch raises RuntimeError.
import stackless

print(stackless.switch_trap(0))
print(stackless.switch_trap(1))
print(stackless.switch_trap(1))
print(stackless.switch_trap(-1))
ch = stackless.channel()
def w():
    print("w runs")
    ch.send("from w")
t = stackless.tasklet(w)()
for label, action in [("run", stackless.run), ("schedule", stackless.schedule),
                      ("receive", ch.receive), ("tasklet.run", t.run),
                      ("tasklet.switch", t.switch)]:
    try:
        action()
        print(label, "switched")
    except RuntimeError:
        print(label, "RuntimeError")
print("level", stackless.switch_trap(-1))
print("runcount", stackless.getruncount(), "balance", ch.balance)
print(ch.receive())
print("level", stackless.switch_trap(0))
