# An exception that a tasklet does not catch goes to the main tasklet,
# even when another tasklet is waiting in a nested run(): that run() call
# is left waiting.
import stackless

log = []
def bad():
    raise KeyError("from bad")

def nested():
    stackless.tasklet(bad)()
    try:
        stackless.run()
        log.append("nested run returned")
    except KeyError:
        log.append("nested run got the KeyError")

n = stackless.tasklet(nested)()
try:
    stackless.run()
except KeyError as e:
    print("main got", repr(e))
print(log, n.alive)
