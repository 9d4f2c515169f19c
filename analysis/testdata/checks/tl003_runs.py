import stackless


def worker(n):
    print(n)


def main():
    stackless.tasklet(worker)(1)
    stackless.run()


stackless.tasklet(worker)(2)
main()
