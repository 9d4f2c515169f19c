# expected: by hand, LANGUAGE.md, The stackless module (the deadlock RuntimeError)
# (PyPy differs: its message is "No runnable tasklets left.")
# When the main tasklet is blocked and the last runnable tasklet blocks
# too, the main tasklet wakes up with the deadlock error; the other stays
# blocked.
import stackless

a = stackless.channel()
b = stackless.channel()
def w():
    print("w blocks on b")
    b.receive()
    print("w woken")

t = stackless.tasklet(w)()
try:
    a.receive()
except RuntimeError as e:
    print("main:", e)
print("a.balance", a.balance, "b.balance", b.balance, "w blocked", t.blocked)
b.send("go")
