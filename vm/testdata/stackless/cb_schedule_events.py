# expected: by hand, stackless.rst, set_schedule_callback
# (PyPy differs: set_schedule_callback returns None and there is no get_schedule_callback)
# The schedule callback sees every switch as (prev, next): run(),
# schedule(), blocking on a channel and waking up. (It is removed before
# any tasklet ends.)
import stackless

names = {}
events = []
def cb(prev, next):
    events.append((names.get(prev, prev), names.get(next, next)))

ch = stackless.channel()
def a():
    stackless.schedule()
    ch.receive()
    stackless.schedule_remove()
def b():
    ch.send("x")
    stackless.schedule_remove()

ta = stackless.tasklet(a)()
tb = stackless.tasklet(b)()
names.update({ta: "a", tb: "b", stackless.getmain(): "main"})
print("previous", stackless.set_schedule_callback(cb))
stackless.run()
print("current callback is cb", stackless.get_schedule_callback() is cb)
print("set returns the old one", stackless.set_schedule_callback(None) is cb)
print("now", stackless.get_schedule_callback())
for e in events:
    print(e)
print(ta.paused, tb.paused)
