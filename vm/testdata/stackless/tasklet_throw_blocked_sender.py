# expected: by hand, tasklets.rst, tasklet.throw and tasklet.raise_exception
# (PyPy differs: its tasklets have no throw or raise_exception)
# An exception thrown at a tasklet blocked on a channel takes it off the
# channel: its value is never delivered and the balance drops.
import stackless

ch = stackless.channel()
def sender(v):
    try:
        ch.send(v)
        print("delivered", v)
    except ValueError as e:
        print("send of", v, "interrupted:", e)

def receiver():
    try:
        print("receiver got", ch.receive())
    except KeyError as e:
        print("receive interrupted:", e)

ts = [stackless.tasklet(sender)(v) for v in ("a", "b", "c")]
stackless.run()
print("balance", ch.balance)
ts[1].throw(ValueError("b cancelled"))
ts[0].raise_exception(ValueError, "a cancelled")
print("balance", ch.balance, [t.blocked for t in ts])
print("main got", ch.receive())
stackless.run()
r = stackless.tasklet(receiver)()
stackless.run()
print("balance", ch.balance)
r.throw(KeyError("no value"))
print("balance", ch.balance, r.alive)
