# Built-in functions and bound channel methods as tasklet functions, also
# when they block or switch halfway: send_sequence over a generator,
# send to a waiting receiver, receive, schedule.
import stackless

ch = stackless.channel()
got = []
def receiver(n):
    for _ in range(n):
        got.append(ch.receive())

def numbers():
    for i in range(3):
        yield i * 11

stackless.tasklet(receiver)(3)
stackless.tasklet(ch.send_sequence)(numbers())
stackless.run()
print(got)

stackless.tasklet(receiver)(1)
stackless.tasklet(ch.send)("to a waiting receiver")
stackless.run()
print(got[-1])

t = stackless.tasklet(ch.receive)()
stackless.run()
print("receive blocked", ch.balance, t.alive)
ch.send("taken by a built-in")
stackless.run()
print(t.alive, ch.balance)

ts = [stackless.tasklet(stackless.schedule)() for _ in range(3)]
print(stackless.getruncount())
stackless.run()
print([t.alive for t in ts], stackless.getruncount())
