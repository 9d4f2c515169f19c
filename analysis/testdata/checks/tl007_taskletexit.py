import stackless


def step():
    stackless.schedule()


def swallow_bare():
    while True:
        try:
            step()
        except:  # want "TL007"
            pass


def swallow_base():
    try:
        step()
    except BaseException as e:  # want "TL007"
        print(e)


def swallow_tuple():
    try:
        step()
    except (ValueError, SystemExit):  # want "TL007"
        pass


def fine():
    try:
        step()
    except Exception:
        pass
    try:
        step()
    except:
        print("cleanup")
        raise
    try:
        step()
    except TaskletExit:
        print("killed")


for f in (swallow_bare, swallow_base, swallow_tuple, fine):
    stackless.tasklet(f)()
stackless.tasklet(swallow_bare)()
stackless.tasklet(swallow_base)()
stackless.tasklet(swallow_tuple)()
stackless.tasklet(fine)()
try:
    stackless.run()
except:
    pass
