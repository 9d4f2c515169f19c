# expected: by hand, tasklets.rst, class tasklet (frame); scheduler.rst, Detecting uncooperative tasklets
# (PyPy differs: its tasklets have no frame attribute)
# tasklet.frame is the frame the tasklet is executing: for a blocked
# tasklet, the function that called the channel; for the running tasklet,
# the current frame; a dead tasklet has none.
import stackless
import sys

ch = stackless.channel()
def inner(n):
    local_value = n * 2
    ch.receive()
    return local_value

def outer(n):
    return inner(n + 1)

t = stackless.tasklet(outer)(5)
stackless.run()
f = t.frame
print(f.f_code.co_name, f.f_lineno, f.f_locals["local_value"])
print(f.f_back.f_code.co_name, f.f_back.f_lineno)

def show_own():
    me = stackless.getcurrent()
    marker = "mine"
    print("own frame", me.frame.f_code.co_name, me.frame.f_locals["marker"], sys._getframe().f_code.co_name)
stackless.tasklet(show_own)()
stackless.run()
print("main frame", stackless.getmain().frame.f_code.co_name)
ch.send(None)
print("dead frame", t.frame)
