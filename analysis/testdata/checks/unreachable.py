import sys


def early(x):
    return x
    print("never")  # want "the function returns on line 5"


def raising():
    raise ValueError("no")
    x = 1  # want "unreachable"
    return x


def loops(xs):
    for x in xs:
        if x:
            continue
            print(x)  # want "unreachable"
        break
        print("after")  # want "loop is left"
    while True:
        if xs:
            return 1
        else:
            raise KeyError()
        xs = []  # want "every branch of the if leaves"


def forever():
    while True:
        for i in range(3):
            if i:
                break
        print("spin")
    print("done")  # want "the while loop never ends"


def tried():
    try:
        return 1
    finally:
        print("cleanup")
    print("x")  # want "every path through the try leaves"


# Clean code: every statement below can run.
def fine(xs):
    try:
        raise ValueError()
    except ValueError:
        pass
    while True:
        if xs:
            break
    while True:
        for x in xs:
            pass
        else:
            break
    if xs:
        return 1
    elif xs is None:
        return 2
    while 0:
        pass
    print("reached")
    return sys.exit(0)


print(early(1), raising, loops, forever, tried, fine)
