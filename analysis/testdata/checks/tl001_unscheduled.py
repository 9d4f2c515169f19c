import stackless


def worker(n):
    print(n)


def idle():
    print("idle")


stackless.tasklet(idle)  # want "TL001"
t = stackless.tasklet(worker)  # want "TL001"
print(t.alive)

# Scheduled: called, set up, bound and inserted, or handed on.
stackless.tasklet(worker)(1)
t2 = stackless.tasklet(worker)
t2(2)
t3 = stackless.tasklet(worker)
t3.setup(3)
t4 = stackless.tasklet(worker, (4,))
t4.insert()
t5 = stackless.tasklet()
t5.bind(worker)
t5.setup(5)
pool = [stackless.tasklet(worker)]
pool[0](6)
stackless.run()
