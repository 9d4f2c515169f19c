# expected: by hand, tasklets.rst, tasklet.throw and tasklet.kill; stackless.rst, run
# (PyPy differs: its tasklets have no throw and kill takes no pending)
# A tasklet waiting in run() that gets an exception thrown at it leaves
# run() with that exception; the scheduler forgets that run() call, so the
# rest goes on as usual (here: a later deadlock is still reported).
import stackless

def w():
    stackless.getmain().throw(ValueError("to main"))
    print("w continues")

t = stackless.tasklet(w)()
try:
    stackless.run()
except ValueError as e:
    print("main caught", e, "w scheduled", t.scheduled)

log = []
def nested_runner():
    stackless.tasklet(killer)(stackless.getcurrent())
    try:
        stackless.run()
        log.append("nested run returned")
    finally:
        log.append("nested runner cleans up")

def killer(victim):
    log.append("killer kills the nested runner")
    victim.kill()
    log.append("killer continues")
    stackless.schedule()
    log.append("killer ends")

r = stackless.tasklet(nested_runner)()
stackless.run()
print(log, r.alive)

ch = stackless.channel()
other = stackless.channel()
def stuck():
    other.receive()
stackless.tasklet(stuck)()
try:
    print("receive returned", ch.receive())
except RuntimeError as e:
    print("RuntimeError:", e)
print("balance", ch.balance, other.balance)
