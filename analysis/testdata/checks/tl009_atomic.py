import stackless

ch = stackless.channel()


def worker():
    with stackless.atomic():
        ch.send(1)  # want "TL009"
        stackless.schedule()


def reader():
    with stackless.atomic():
        print("quick")
    print(ch.receive())


stackless.tasklet(worker)()
stackless.tasklet(reader)()
stackless.run()
