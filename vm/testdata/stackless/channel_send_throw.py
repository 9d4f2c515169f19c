# expected: by hand, channels.rst, channel.send_throw
# (PyPy differs: its channels have no send_throw)
# send_throw(exc, val, tb) sends an exception with raise's semantics: an
# instance, a class, a class with a value, and an existing traceback.
import stackless
import sys

ch = stackless.channel()
def receiver(n):
    for _ in range(n):
        try:
            ch.receive()
        except Exception as e:
            print(type(e).__name__, e.args, e.__traceback__ is not None)

stackless.tasklet(receiver)(5)
stackless.run()
ch.send_throw(KeyError("instance"))
ch.send_throw(ValueError)
ch.send_throw(ValueError, "with value")
ch.send_throw(ValueError, ("a", "b"))
try:
    {}["missing"]
except KeyError:
    ch.send_throw(*sys.exc_info())
print("balance", ch.balance)
