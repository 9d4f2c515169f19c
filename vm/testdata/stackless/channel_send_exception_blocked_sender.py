# An exception sent before a receiver arrives waits in the blocked sender
# and is raised when the receiver comes.
import stackless

ch = stackless.channel()
def s():
    ch.send_exception(IndexError, "late")
    print("sender resumed")
stackless.tasklet(s)()
stackless.run()
print("balance", ch.balance)
try:
    ch.receive()
except IndexError as e:
    print("main caught IndexError", e)
stackless.run()
