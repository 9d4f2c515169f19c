import stackless

def worker(n):
    x = n * 2
    print("worker", x)

stackless.tasklet(worker)(21)
breakpoint()
stackless.run()
print("done")
