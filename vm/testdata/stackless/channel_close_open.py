# expected: by hand, channels.rst, channel.close, channel.open, channel.closing and channel.closed
# (PyPy differs: sending on a closed channel blocks instead of raising ValueError)
# close() stops the queue from growing: closing becomes True at once,
# closed when the queue is also empty. Actions that would block raise
# ValueError; actions that meet a waiting partner still work.
import stackless

ch = stackless.channel()
def r(name):
    print(name, "got", ch.receive())
stackless.tasklet(r)("r1")
stackless.tasklet(r)("r2")
stackless.run()
ch.close()
print("closing", ch.closing, "closed", ch.closed, "balance", ch.balance)
ch.send("one")
print("closing", ch.closing, "closed", ch.closed, "balance", ch.balance)
ch.send("two")
print("closing", ch.closing, "closed", ch.closed, "balance", ch.balance)
for action in (lambda: ch.send("three"), ch.receive):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
ch.open()
print("reopened", ch.closing, ch.closed)
stackless.tasklet(r)("r3")
stackless.run()
print("balance", ch.balance)
ch.send("four")
ch.close()
ch.close()
print("closed twice", ch.closing, ch.closed)
