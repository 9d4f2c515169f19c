import stackless

def producer(ch):
    ch.send("hello")

def consumer(ch):
    x = 1
    v = ch.receive()
    print(v, x)

ch = stackless.channel()
stackless.tasklet(consumer)(ch)
stackless.tasklet(producer)(ch)
stackless.run()
print("done")
