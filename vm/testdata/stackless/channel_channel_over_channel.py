# A channel can travel over a channel: each worker sends the server a
# private reply channel and waits on it.
import stackless

server_ch = stackless.channel()
def server(n):
    for i in range(n):
        reply, x = server_ch.receive()
        reply.send(x * x)

def worker(x, out):
    mine = stackless.channel()
    server_ch.send((mine, x))
    out.append((x, mine.receive()))

out = []
stackless.tasklet(server)(4)
for x in (3, 1, 4, 1):
    stackless.tasklet(worker)(x, out)
stackless.run()
print(out)
print(server_ch.balance)
