# remove() refuses a tasklet blocked on a channel.
import stackless

ch = stackless.channel()
def r():
    print("r got", ch.receive())
t = stackless.tasklet(r)()
stackless.run()
try:
    t.remove()
except RuntimeError as e:
    print("RuntimeError:", e)
print("balance", ch.balance)
ch.send("ok")
