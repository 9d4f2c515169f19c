# expected: by hand, channels.rst, channel.send_throw ("an existing exception to be sent over a channel")
# (PyPy differs: its channels have no send_throw)
# send_throw with an exception instance delivers that very object, with
# its attributes and traceback.
import stackless
import sys

class Detailed(Exception):
    pass

ch = stackless.channel()
caught = []
def receiver():
    try:
        ch.receive()
    except Detailed as e:
        caught.append(e)
stackless.tasklet(receiver)()
stackless.run()
try:
    err = Detailed("original")
    err.detail = {"code": 7}
    raise err
except Detailed:
    typ, val, tb = sys.exc_info()
    ch.send_throw(typ, val, tb)
e = caught[0]
print(e is err, e.args, e.detail, e.__traceback__ is not None)
