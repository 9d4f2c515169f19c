# The basic rendezvous: a receiver blocks until a sender comes, and the
# other way round.
import stackless

ch = stackless.channel()

def receiver():
    print("receiver waits")
    v = ch.receive()
    print("receiver got", v)

def sender():
    print("sender sends")
    ch.send("hello")
    print("sender continues")

stackless.tasklet(receiver)()
stackless.tasklet(sender)()
stackless.run()
print("balance", ch.balance)
