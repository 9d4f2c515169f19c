import stackless

def waiter(ch):
    ch.receive()

ch = stackless.channel()
for i in range(100000):
    stackless.tasklet(waiter)(ch)
stackless.schedule()
breakpoint()
