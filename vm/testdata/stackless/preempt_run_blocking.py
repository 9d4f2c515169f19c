# expected: by hand, stackless.rst, run (timeout)
# (PyPy differs: its run() takes no timeout)
# run(timeout) returns None when the tasklets block or end before any of
# them uses up its time slice.
import stackless

ch = stackless.channel()
def consumer():
    while True:
        print("consumed", ch.receive())
def producer(n):
    for i in range(n):
        ch.send(i)

c = stackless.tasklet(consumer)()
stackless.tasklet(producer)(3)
print("run returned", stackless.run(100000))
print("consumer blocked", c.blocked, ch.balance)
c.kill()
