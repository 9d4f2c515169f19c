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

t = stackless.tasklet(worker)
t.setup(1)  # want "TL008"
u = stackless.tasklet()
u.bind(worker)
u.setup(1, 2, 3)  # want "TL008"
v = stackless.tasklet()
v.bind(worker, (1,))  # want "TL008"
v.insert()
w = stackless.tasklet(worker)
w.setup(1, 2)
stackless.tasklet(flexible).setup(1, 2)
stackless.tasklet(worker).setup(b=1)  # want "TL008"
x = stackless.tasklet()
x.bind(worker)
x.bind(flexible)
x.setup(1, 2, 3)
stackless.run()
