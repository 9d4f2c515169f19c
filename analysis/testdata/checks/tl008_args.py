import stackless


def worker(a, b):
    print(a, b)


def flexible(*args, **kw):
    print(args, kw)


stackless.tasklet(worker)(1)  # want "TL008"
stackless.tasklet(worker)(1, 2, 3)  # want "TL008"
stackless.tasklet(worker)(1, c=2)  # want "unexpected keyword argument 'c'" "missing 1 required"
stackless.tasklet(worker)(1, 2)
stackless.tasklet(worker)(a=1, b=2)
stackless.tasklet(flexible)(1, 2, 3, x=4)
stackless.tasklet(lambda: None)()
stackless.tasklet(lambda x: x)()  # want "TL008"
stackless.run()
