import stackless


def producer(ch):
    label = "unterminated
    ch.send(label)


def consumer(ch)
    return ch.receive()


def main():
    ch = stackless.channel()
    stackless.tasklet(producer)(ch))
    stackless.tasklet(consumer)(€)
