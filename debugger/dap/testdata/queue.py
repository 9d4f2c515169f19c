import stackless

def sender(ch, value):
    ch.send(value)

ch = stackless.channel()
for v in ["a", "b", "c"]:
    stackless.tasklet(sender)(ch, v)
stackless.schedule()
breakpoint()
while ch.balance:
    print(ch.receive())
