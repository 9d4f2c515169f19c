# Blocked tasklets are not runnable: getruncount() leaves them out.
import stackless

ch = stackless.channel()
def blocker():
    ch.receive()
def spinner(n):
    for _ in range(n):
        stackless.schedule()

for _ in range(3):
    stackless.tasklet(blocker)()
for _ in range(2):
    stackless.tasklet(spinner)(2)
print("before", stackless.getruncount())
stackless.run()
print("after", stackless.getruncount(), "blocked", -ch.balance)
ch.preference = 1
ch.send(None)
print("one woken", stackless.getruncount())
ch.send(None)
ch.send(None)
print("all woken", stackless.getruncount())
stackless.run()
print("end", stackless.getruncount())
