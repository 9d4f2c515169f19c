# expected: by hand, tasklets.rst, tasklet.blocked/scheduled/paused; channels.rst, channel.queue
# (PyPy differs: blocked is an int there and there is no scheduled or paused)
# The main tasklet blocked on a channel looks like any blocked tasklet to
# the others: blocked, scheduled, not paused, first in the channel's queue.
import stackless

ch = stackless.channel()
def observer():
    m = stackless.getmain()
    print("main blocked", m.blocked, "scheduled", m.scheduled, "paused", m.paused)
    print("queue is main", ch.queue is m, "balance", ch.balance, "next", m.next)
    print("runcount", stackless.getruncount())
    ch.send("wake up")

stackless.tasklet(observer)()
print("main got", ch.receive())
m = stackless.getmain()
print("main blocked", m.blocked, "scheduled", m.scheduled, "paused", m.paused)
