import stackless

def stuck(ch):
    ch.send("never taken")

a = stackless.channel()
b = stackless.channel()
stackless.tasklet(stuck)(a)
stackless.schedule()
b.receive()
