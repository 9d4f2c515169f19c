# expected: by hand, stackless.rst, set_channel_callback
# (PyPy differs: set_channel_callback returns None and there is no get_channel_callback)
# The channel callback is called for every send and receive, before the
# action, with the channel, the acting tasklet, whether it sends and
# whether it will block.
import stackless

names = {}
seen = []
def cb(channel, tasklet, sending, willblock):
    seen.append((names[channel], names[tasklet], bool(sending), bool(willblock), channel.balance))

c1 = stackless.channel()
c2 = stackless.channel()
m = stackless.getmain()
names.update({c1: "c1", c2: "c2", m: "main"})
def r():
    c1.receive()
    c2.send("back")
t = stackless.tasklet(r)()
names[t] = "t"
print("previous", stackless.set_channel_callback(cb))
print("installed", stackless.get_channel_callback() is cb)
stackless.run()
c1.send("go")
print(c2.receive())
print("removed", stackless.set_channel_callback(None) is cb, stackless.get_channel_callback())
c1.preference = 1
stackless.tasklet(c1.receive)()
stackless.run()
c1.send("no callback now")
for s in seen:
    print(s)
