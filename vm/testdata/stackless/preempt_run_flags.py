# expected: by hand, stackless.rst, run
# (PyPy differs: its run() takes no arguments)
# run() accepts all its flags by position and keyword; threadblock and
# ignore_nesting do not change a single-threaded program.
import stackless

def w(i):
    stackless.schedule()
    print("w", i)

for kwargs in [dict(), dict(threadblock=True), dict(ignore_nesting=True),
               dict(timeout=0), dict(timeout=100000, soft=True),
               dict(timeout=100000, totaltimeout=True)]:
    stackless.tasklet(w)(sorted(kwargs))
    print(stackless.run(**kwargs))
stackless.tasklet(w)("positional")
print(stackless.run(0, False, False, False, False))
