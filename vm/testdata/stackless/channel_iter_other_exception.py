# expected: by hand, channels.rst, channel.__iter__ and channel.send_exception
# (PyPy differs: its channels are not iterable)
# Only StopIteration ends a loop over a channel quietly; another
# exception sent on it comes out of the for statement.
import stackless

ch = stackless.channel()
def sender():
    ch.send(1)
    ch.send(2)
    ch.send_exception(ValueError, "broken stream")
    ch.send(3)
    ch.send_exception(StopIteration)

got = []
def receiver():
    try:
        for v in ch:
            got.append(v)
    except ValueError as e:
        got.append("ValueError: %s" % e)
    for v in ch:
        got.append(v)
    got.append("end")

stackless.tasklet(sender)()
stackless.tasklet(receiver)()
stackless.run()
print(got)
