# A sender that comes first blocks until a receiver takes its value.
import stackless

ch = stackless.channel()

def sender():
    print("sender sends")
    ch.send([1, 2, 3])
    print("sender resumes")

def receiver():
    print("receiver receives")
    print("receiver got", ch.receive())

stackless.tasklet(sender)()
stackless.tasklet(receiver)()
stackless.run()
