# expected: by hand, tasklets.rst, tasklet.run ("If the tasklet is alive and not blocked on a channel")
# (PyPy differs: its run() and switch() accept dead and blocked tasklets)
# run() and switch() refuse a tasklet that is blocked, dead or was never
# bound; the caller goes on.
import stackless

ch = stackless.channel()
def blocker():
    ch.receive()
def quick():
    pass
b = stackless.tasklet(blocker)()
d = stackless.tasklet(quick)()
stackless.run()
u = stackless.tasklet()
for label, t in (("blocked", b), ("dead", d), ("unbound", u)):
    for method in ("run", "switch"):
        try:
            getattr(t, method)()
            print(label, method, "ran")
        except RuntimeError:
            print(label, method, "RuntimeError")
print("main still current", stackless.getcurrent() is stackless.getmain(), stackless.getmain().scheduled)
ch.send(None)
print(b.alive)
