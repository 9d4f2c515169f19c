import os
import stackless
import sys

total = [0]

def worker(ch):
    while True:
        n = ch.receive()
        total[0] += n

ch = stackless.channel()
stackless.tasklet(worker)(ch)
i = 0
while not os.path.exists(sys.argv[1]):
    ch.send(i)
    i += 1
print("served", i, total[0] == i * (i - 1) // 2)
