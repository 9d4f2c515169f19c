import stackless
import time

done = False
items = [1, 2, 3]
ch = stackless.channel()


def spinner():
    while True:  # want "never yields and never ends"
        print("tick")


def waiter():
    while not done:  # want "waits for 'not done' to change"
        pass


def sleeper():
    while True:  # want "TL013"
        time.sleep(1)  # want "TL006"


def setter():
    global done
    done = True


# Clean: each loop below yields, ends, or changes its own condition.
def polite():
    while not done:
        stackless.schedule()


def receiver():
    while True:
        print(ch.receive())


def counter():
    n = 0
    while n < 10:
        n += 1


def popper():
    while items:
        items.pop()


def breaker():
    while True:
        if done:
            break


def helper():
    return 1


def calling():
    while True:
        helper()


def sender():
    for i in range(3):
        ch.send(i)


stackless.tasklet(spinner)()
stackless.tasklet(waiter)()
stackless.tasklet(sleeper)()
stackless.tasklet(setter)()
stackless.tasklet(polite)()
stackless.tasklet(receiver)()
stackless.tasklet(counter)()
stackless.tasklet(popper)()
stackless.tasklet(breaker)()
stackless.tasklet(calling)()
stackless.tasklet(sender)()
stackless.run()


def main_loop():
    # Not a tasklet: the main tasklet may loop as it likes.
    while True:
        print("main")
