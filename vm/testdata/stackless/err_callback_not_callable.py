# expected: by hand, stackless.rst, set_channel_callback and set_schedule_callback
# (PyPy differs: it stores anything and fails at the next switch)
# The callbacks must be callable (None turns them off); a refused value
# leaves the installed callback in place.
import stackless

def cb(*args):
    pass
stackless.set_channel_callback(cb)
stackless.set_schedule_callback(cb)
for setter, getter in ((stackless.set_channel_callback, stackless.get_channel_callback),
                       (stackless.set_schedule_callback, stackless.get_schedule_callback)):
    for bad in (42, "cb", [cb]):
        try:
            setter(bad)
            print(setter.__name__, repr(bad), "accepted")
        except TypeError:
            print(setter.__name__, repr(bad)[:6], "TypeError")
    print("still installed", getter() is cb)
    print("off", setter(None) is cb, getter())
class Callable:
    def __call__(self, *args):
        pass
c = Callable()
print(stackless.set_schedule_callback(c), stackless.get_schedule_callback() is c)
stackless.set_schedule_callback(None)
print(stackless.set_channel_callback(len), stackless.set_channel_callback(None) is len)
