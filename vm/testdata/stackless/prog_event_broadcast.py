# An event object: wait() blocks until set(); set() wakes every waiter.
import stackless

class Event:
    def __init__(self):
        self.flag = False
        self.ch = stackless.channel()

    def wait(self):
        if not self.flag:
            self.ch.receive()

    def set(self):
        self.flag = True
        while self.ch.balance < 0:
            self.ch.send(None)

    def clear(self):
        self.flag = False

ev = Event()
log = []
def waiter(name):
    log.append(name + " waits")
    ev.wait()
    log.append(name + " woke")

for n in ("w1", "w2", "w3"):
    stackless.tasklet(waiter)(n)
stackless.run()
log.append("setting, %d waiting" % -ev.ch.balance)
ev.set()
stackless.tasklet(waiter)("late")
stackless.run()
ev.clear()
stackless.tasklet(waiter)("after clear")
stackless.run()
log.append("blocked now %d" % -ev.ch.balance)
ev.set()
for line in log:
    print(line)
