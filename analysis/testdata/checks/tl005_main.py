import stackless


def wait(c):
    return c.receive()  # want "TL005" "TL004"


def main():
    ch = stackless.channel()
    print("waiting")
    wait(ch)


def guarded():
    ch = stackless.channel()
    try:
        wait(ch)
    except RuntimeError:
        print("deadlock caught")


guarded()
if __name__ == "__main__":
    main()
