# balance counts blocked senders (positive) or receivers (negative).
import stackless

ch = stackless.channel()
print(ch.balance)
def r():
    ch.receive()
def s(v):
    ch.send(v)
for _ in range(3):
    stackless.tasklet(r)()
stackless.run()
print("three receivers", ch.balance)
ch.send(1)
print("one served", ch.balance)
ch.send(2)
ch.send(3)
print("all served", ch.balance)
for i in range(4):
    stackless.tasklet(s)(i)
stackless.run()
print("four senders", ch.balance)
got = [ch.receive() for _ in range(4)]
print(got, ch.balance)
