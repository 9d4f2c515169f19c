import stackless


class Counter(stackless.tasklet):
    """A tasklet subclass that remembers how often it ran."""

    runs: int = 0


def ping(ch, n, *, label="ping"):
    for i in range(n):
        ch.send(f"{label} {i!r:>3}")
    ch.send_exception(StopIteration)


def pong(ch):
    seen = [msg for msg in ch if msg]
    print(*seen, sep="\n")
    return {len(s): s for s in seen}


ch = stackless.channel()
ch.preference = 1
Counter(ping)(ch, 3)
stackless.tasklet(pong)(ch)
stackless.run()
