# expected: by hand, tasklets.rst, tasklet.block_trap; channels.rst, channel.preference
# (PyPy differs: block_trap is a plain attribute that nothing checks)
# block_trap makes any blocking channel action fail with RuntimeError; a
# channel action that does not block still works, and so does schedule().
import stackless

ch = stackless.channel()
cur = stackless.getcurrent()
print("default", cur.block_trap)
cur.block_trap = True
try:
    ch.receive()
except RuntimeError as e:
    print("receive:", e)
try:
    ch.send(1)
except RuntimeError as e:
    print("send:", e)
print("balance", ch.balance)

def sender(v):
    ch.send(v)
stackless.tasklet(sender)("x")
stackless.tasklet(sender)("y")
stackless.run()
total = []
while ch.balance > 0:
    total.append(ch.receive())
print("received without blocking", total)
stackless.tasklet(lambda: print("schedule still works"))()
stackless.schedule()
cur.block_trap = 0
print("cleared", cur.block_trap)

def trapped():
    me = stackless.getcurrent()
    me.block_trap = 1
    print("tasklet trap", me.block_trap)
    try:
        ch.receive()
    except RuntimeError:
        print("tasklet refused to block")
t = stackless.tasklet(trapped)()
stackless.run()
