import stackless

# An exception that a tasklet does not catch ends it and is raised in the
# main tasklet, out of the channel operation main is blocked in: a wait in
# main after such a tasklet was created is not forever. A wait in another
# tasklet is, and so is one in main when the tasklet catches its error or
# only ends with TaskletExit.
woken = stackless.channel()
woken_deep = stackless.channel()
in_tasklet = stackless.channel()
caught = stackless.channel()
silent_exit = stackless.channel()
before = stackless.channel()


def fail(msg):
    raise ValueError(msg)


def fail_deep():
    fail("deep")


def careful():
    try:
        raise KeyError("handled")
    except KeyError:
        pass


def exits():
    raise TaskletExit


def waiter():
    in_tasklet.receive()  # want "TL004"


before.receive()  # want "TL004" "TL005"
stackless.tasklet(fail)("while main waits")
try:
    woken.receive()
except ValueError as e:
    print("receive raised", e)
stackless.tasklet(fail_deep)()
try:
    woken_deep.send(1)
except ValueError as e:
    print("send raised", e)
stackless.tasklet(waiter)()
stackless.run()


def main_part():
    stackless.tasklet(careful)()
    caught.receive()  # want "TL004"
    stackless.tasklet(exits)()
    silent_exit.receive()  # want "TL004"


main_part()
