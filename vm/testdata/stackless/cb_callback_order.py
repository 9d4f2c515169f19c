# With both callbacks installed, a channel action reports itself to the
# channel callback first, then the switch it causes to the schedule
# callback. (Both are removed before any tasklet ends.)
import stackless

names = {}
events = []
def chan_cb(ch, t, sending, willblock):
    events.append("channel %s %s%s" % (names[t], ("recv", "send")[bool(sending)], " will block" if willblock else ""))
def sched_cb(prev, nxt):
    events.append("switch %s -> %s" % (names.get(prev), names.get(nxt)))

ch = stackless.channel()
def r():
    ch.receive()
    stackless.schedule_remove()
def s():
    ch.send(1)
    stackless.schedule_remove()
tr = stackless.tasklet(r)()
ts = stackless.tasklet(s)()
names.update({tr: "r", ts: "s", stackless.getmain(): "main"})
stackless.set_channel_callback(chan_cb)
stackless.set_schedule_callback(sched_cb)
stackless.run()
stackless.set_channel_callback(None)
stackless.set_schedule_callback(None)
print("\n".join(events))
