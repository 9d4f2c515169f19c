# The running tasklet cannot remove itself from the run queue.
import stackless

def w():
    try:
        stackless.getcurrent().remove()
    except RuntimeError as e:
        print("RuntimeError raised in the tasklet")
    print("still running")

stackless.tasklet(w)()
stackless.run()
try:
    stackless.getcurrent().remove()
except RuntimeError:
    print("RuntimeError raised in main")
