import stackless

ch = stackless.channel()
if ch.balance > 0:
    ch.receive()
try:
    ch.receive()
except RuntimeError:
    print("deadlock caught")


def sender():
    ch.send(1)


stackless.tasklet(sender)()
print(ch.receive())
