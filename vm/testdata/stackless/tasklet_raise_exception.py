# expected: by hand, tasklets.rst, tasklet.raise_exception
# (PyPy differs: its tasklets have no raise_exception method)
# raise_exception(cls, *args) instantiates cls with args and raises it in
# the tasklet, switching to it.
import stackless

class Custom(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a, b)
        self.total = a + b

def target():
    while True:
        try:
            stackless.schedule_remove()
        except Custom as e:
            print("Custom", e.args, e.total)
        except LookupError as e:
            print(type(e).__name__, e.args)
        except Exception as e:
            print("other", type(e).__name__, e.args)
            return

t = stackless.tasklet(target)()
stackless.run()
t.raise_exception(Custom, 2, 3)
t.raise_exception(KeyError, "key")
t.raise_exception(IndexError)
t.raise_exception(RuntimeError, "stop", "now")
print("alive", t.alive)
