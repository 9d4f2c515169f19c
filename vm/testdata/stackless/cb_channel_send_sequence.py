# The channel callback sees each item of send_sequence as its own send.
import stackless

events = []
def cb(ch, t, sending, willblock):
    events.append(("send" if sending else "recv", bool(willblock)))

ch = stackless.channel()
got = []
def receiver():
    for _ in range(3):
        got.append(ch.receive())
stackless.set_channel_callback(cb)
stackless.tasklet(receiver)()
stackless.tasklet(ch.send_sequence)("abc")
stackless.run()
stackless.set_channel_callback(None)
print(got)
for e in events:
    print(e)
