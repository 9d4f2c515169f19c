# expected: by hand, channels.rst, channel.send_exception
# (PyPy differs: its send_exception instantiates the class twice, so args hold an exception)
# send_exception raises the exception in the receiver instead of giving
# it a value.
import stackless

ch = stackless.channel()
def r():
    for _ in range(3):
        try:
            print("got", ch.receive())
        except ValueError as e:
            print("ValueError", e.args)
        except KeyError as e:
            print("KeyError", e.args)
stackless.tasklet(r)()
stackless.run()
ch.send(1)
ch.send_exception(ValueError, "bad value")
ch.send_exception(KeyError, "missing")
