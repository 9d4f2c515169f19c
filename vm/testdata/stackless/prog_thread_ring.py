# The thread-ring benchmark, small: 53 tasklets in a ring pass a token
# that counts down; the tasklet holding it at zero reports its number and
# sends a stop token round the ring, which comes back to it.
import stackless

N = 53
STOP = -1

def node(my_id, inp, out, result):
    while True:
        token = inp.receive()
        if token == STOP:
            out.send(STOP)
            return
        if token == 0:
            result.append(my_id)
            out.send(STOP)
            inp.receive()  # the stop token, back from the whole ring
            return
        out.send(token - 1)

for token in (0, 1, 52, 53, 1000, 10000):
    result = []
    channels = [stackless.channel() for _ in range(N)]
    nodes = [stackless.tasklet(node)(i + 1, channels[i], channels[(i + 1) % N], result)
             for i in range(N)]
    stackless.tasklet(channels[0].send)(token)
    stackless.run()
    print(token, "->", result, "all ended", not any(t.alive for t in nodes),
          "balances", sorted(set(c.balance for c in channels)))
