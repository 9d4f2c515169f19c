# expected: by hand, tasklets.rst, class tasklet and tasklet.bind
# (PyPy differs: its bind takes only the function and it has no scheduled/paused)
# The ways to bind a tasklet: the constructor, bind(func) then setup(),
# bind(func, args, kwargs) then insert(), and bind(None, args) reusing the
# function bound before.
import stackless

def f(*args, **kw):
    print("f", args, sorted(kw.items()))

def state(label, t):
    print(label, "alive", t.alive, "scheduled", t.scheduled, "paused", t.paused)

t = stackless.tasklet()
state("empty", t)
t.bind(f)
state("bound", t)
t.setup(1, x=2)
state("setup", t)
stackless.run()
state("ran", t)

t = stackless.tasklet(f, (3, 4), {"y": 5})
state("ctor with args", t)
t.insert()
state("inserted", t)
stackless.run()

t = stackless.tasklet()
t.bind(f, args=(6,))
state("bind args", t)
t.insert()
stackless.run()

t = stackless.tasklet()
t.bind(f, kwargs={"z": 7})
state("bind kwargs", t)
t.insert()
stackless.run()

t = stackless.tasklet(f)
t.bind(None, (8,))
state("bind None with args", t)
t.insert()
stackless.run()
state("end", t)
