import stackless
import os


def worker(n):
    print(n)


stackless.tasklet(worker)(1)
stackless.run()
