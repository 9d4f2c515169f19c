# The main tasklet can block on a channel without calling run(): the
# scheduler runs the other tasklets until one sends.
import stackless

ch = stackless.channel()

def producer(n):
    for i in range(n):
        print("producing", i)
        ch.send(i * i)

stackless.tasklet(producer)(4)
total = 0
for _ in range(4):
    v = ch.receive()
    print("main got", v)
    total += v
print("total", total)
