# Two tasklets bounce a counter over two channels.
import stackless

ping = stackless.channel()
pong = stackless.channel()

def pinger(n):
    for i in range(n):
        ping.send(i)
        r = pong.receive()
        print("pinger got", r)
    ping.send(None)

def ponger():
    while True:
        v = ping.receive()
        if v is None:
            print("ponger stops")
            return
        pong.send(v * 10)

stackless.tasklet(pinger)(4)
stackless.tasklet(ponger)()
stackless.run()
