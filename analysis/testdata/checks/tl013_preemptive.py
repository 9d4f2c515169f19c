import stackless

# With a timeout, the scheduler interrupts a tasklet that runs too long:
# a loop that never yields is not a hang.
done = False


def spinner():
    while not done:
        pass


def stopper():
    global done
    done = True


stackless.tasklet(spinner)()
stackless.tasklet(stopper)()
while stackless.getruncount() > 1:
    stackless.run(100)
