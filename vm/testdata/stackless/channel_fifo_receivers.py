# Blocked receivers are served in the order they blocked.
import stackless

ch = stackless.channel()
def r(name):
    print(name, "got", ch.receive())
for name in ["first", "second", "third"]:
    stackless.tasklet(r)(name)
stackless.run()
for v in ["A", "B", "C"]:
    ch.send(v)
print("done")
