import stackless


def worker(n):
    print(n)


stackless.tasklet(worker)(1)
stackless.run()
