# expected: by hand, channels.rst, channel.send_exception(exc, *args)
# (PyPy differs: its send_exception takes exactly one message argument)
# send_exception(exc, *args) raises exc(*args) in the receiver: no
# arguments, several, or a user exception class with its own __init__.
import stackless

class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code

ch = stackless.channel()
def receiver(n):
    for _ in range(n):
        try:
            ch.receive()
        except AppError as e:
            print("AppError", e.code, e.args)
        except Exception as e:
            print(type(e).__name__, e.args)

stackless.tasklet(receiver)(4)
stackless.run()
ch.send_exception(ValueError)
ch.send_exception(KeyError, "a", "b", 3)
ch.send_exception(AppError, 404, "not found")
ch.send_exception(StopIteration, "x")
print("balance", ch.balance)
