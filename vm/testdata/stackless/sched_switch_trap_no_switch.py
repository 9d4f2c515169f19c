# expected: by hand, stackless.rst, switch_trap
# (PyPy differs: it has no switch_trap)
# Under switch_trap, actions that do not switch still work: creating and
# inserting tasklets, and a channel action with preference 1 that only
# makes the partner runnable.
import stackless

ch = stackless.channel()
ch.preference = 1
got = []
def r():
    got.append(ch.receive())
stackless.tasklet(r)()
stackless.run()
stackless.switch_trap(1)
try:
    t = stackless.tasklet(lambda: got.append("new"))()
    ch.send("sent without switching")
    print("balance", ch.balance, "runcount", stackless.getruncount(), got)
finally:
    stackless.switch_trap(-1)
stackless.run()
print(got)
