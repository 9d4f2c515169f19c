# insert() refuses a blocked tasklet and a dead one.
import stackless

ch = stackless.channel()
def r():
    ch.receive()
t = stackless.tasklet(r)()
stackless.run()
try:
    t.insert()
except RuntimeError as e:
    print("blocked:", e)
def quick():
    pass
d = stackless.tasklet(quick)()
stackless.run()
try:
    d.insert()
except RuntimeError as e:
    print("dead:", e)
ch.send(None)
print(t.alive)
