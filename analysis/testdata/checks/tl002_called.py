import stackless


def worker(n):
    print(n)


def factory(n):
    def run():
        print(n)
    return run


stackless.tasklet(worker(1))  # want "TL002"
stackless.tasklet(worker(2))()  # want "TL002"
stackless.tasklet(factory(3))()
stackless.tasklet(worker)(4)
stackless.run()
