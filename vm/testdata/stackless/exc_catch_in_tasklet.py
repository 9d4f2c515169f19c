# expected: by hand, scheduler.rst, Catching tasklet exceptions
# (PyPy differs: its tasklet constructor does not keep the callable in tempval)
# The two ways the docs give to keep a tasklet's exception inside it: a
# wrapping creation function, and a tasklet class whose __call__ swaps
# the callable held in tempval for a wrapper before setup.
import stackless

def new_tasklet(f, *args, **kwargs):
    def safe_tasklet():
        try:
            f(*args, **kwargs)
        except Exception as e:
            print("new_tasklet caught", type(e).__name__, e)
    return stackless.tasklet(safe_tasklet)()

class SafeTasklet(stackless.tasklet):
    def __call__(self, *args, **kwargs):
        f = self.tempval
        def new_f():
            try:
                f(*args, **kwargs)
            except Exception as e:
                print("SafeTasklet caught", type(e).__name__, e)
        self.tempval = new_f
        return stackless.tasklet.setup(self)

def some_function(a, b, key=None):
    print("some_function", a, b, key)
    stackless.schedule()
    raise ValueError("failed with %s" % key)

def fine():
    print("fine runs to the end")

new_tasklet(some_function, 1, 2, key="value")
t = SafeTasklet(some_function)
print(t(3, 4, key="other") is t, type(t).__name__)
stackless.tasklet(fine)()
stackless.run()
print("the scheduler kept running; runcount", stackless.getruncount())
