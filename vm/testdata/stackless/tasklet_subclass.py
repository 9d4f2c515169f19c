# expected: by hand, debugging.rst, Tracing tasklets (NamedTasklet)
# (PyPy differs: its tasklet defines __str__, so print() ignores the subclass's __repr__)
# A tasklet subclass with __slots__, its own __init__ and __repr__, as the
# NamedTasklet of the docs; getcurrent() returns the subclass instance.
import stackless

class NamedTasklet(stackless.tasklet):
    __slots__ = ("name",)

    def __init__(self, func, name=None):
        stackless.tasklet.__init__(self, func)
        if name is None:
            name = "anonymous"
        self.name = name

    def __repr__(self):
        return "<tasklet %s>" % (self.name)

def task():
    cur = stackless.getcurrent()
    print("running", cur, type(cur).__name__, isinstance(cur, stackless.tasklet))
    stackless.schedule()
    print(cur.name, "ends")

a = NamedTasklet(task, "tick")
b = NamedTasklet(task)
print(a, b, a.alive)
print(a() is a, b.setup() is b)
stackless.run()
print(a.alive, b.alive, issubclass(NamedTasklet, stackless.tasklet))
print(NamedTasklet.__slots__, a.name, b.name)
