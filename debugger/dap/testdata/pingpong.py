import stackless

def ping(ch, n):
    for i in range(n):
        ch.send(i)
    ch.send(None)

def pong(ch, out):
    while True:
        v = ch.receive()
        if v is None:
            break
        out.append(v * 2)

ch = stackless.channel()
out = []
stackless.tasklet(ping)(ch, 3)
stackless.tasklet(pong)(ch, out)
stackless.run()
print(out)
