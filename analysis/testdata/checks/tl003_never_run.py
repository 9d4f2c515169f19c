import stackless


def worker(n):
    print(n)


stackless.tasklet(worker)(1)  # want "TL003"
print("done")
