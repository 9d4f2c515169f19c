import stackless
import os


def worker(ch, n):
    ch.send(n * 2)


ch = stackless.channel()
stackless.tasklet(worker)(ch, 21)
print(ch.receive())
stackless.sch
