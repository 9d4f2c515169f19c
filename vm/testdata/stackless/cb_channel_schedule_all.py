# The channel callback's willblock flag tells whether the acting tasklet
# blocks; with schedule_all a partner is waiting, so it does not block,
# though the scheduler runs others first.
import stackless

seen = []
def cb(ch, t, sending, willblock):
    seen.append((bool(sending), bool(willblock), ch.balance))

ch = stackless.channel()
ch.schedule_all = True
order = []
def r():
    order.append(("r got", ch.receive()))
def s():
    ch.send("v")
    order.append("s back")
def other():
    order.append("other")
stackless.set_channel_callback(cb)
stackless.tasklet(r)()
stackless.tasklet(s)()
stackless.tasklet(other)()
stackless.run()
stackless.set_channel_callback(None)
print(seen)
print(order)
