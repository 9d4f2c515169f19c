# expected: by hand, LANGUAGE.md, The stackless module (the deadlock RuntimeError)
# (PyPy differs: its message is "No runnable tasklets left.")
# The main tasklet blocking with nothing else runnable is a deadlock: the
# channel action raises RuntimeError at once and the channel is unchanged.
import stackless

ch = stackless.channel()
for action in (ch.receive, lambda: ch.send(1)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("balance", ch.balance)

# Tasklets blocked elsewhere cannot help either.
other = stackless.channel()
def stuck():
    other.receive()
t = stackless.tasklet(stuck)()
stackless.run()
try:
    ch.receive()
except RuntimeError as e:
    print("RuntimeError:", e)
print("stuck tasklet still blocked", t.blocked, other.balance)
other.send(None)
print("alive", t.alive)
