# Blocked senders are served in the order they blocked.
import stackless

ch = stackless.channel()
def s(name):
    ch.send(name)
    print(name, "was received")
for name in ["first", "second", "third"]:
    stackless.tasklet(s)(name)
stackless.run()
for _ in range(3):
    print("main received", ch.receive())
stackless.run()
print("done")
