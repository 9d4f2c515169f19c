import stackless

endless = stackless.channel()
ended = stackless.channel()
broken = stackless.channel()


def produce():
    for i in range(3):
        endless.send(i)
        ended.send(i)
        broken.send(i)
    ended.send_exception(StopIteration)


def consume():
    for v in endless:  # want "TL011"
        print(v)
    for v in ended:
        print(v)
    for v in broken:
        if v == 2:
            break


stackless.tasklet(produce)()
stackless.tasklet(consume)()
stackless.run()
