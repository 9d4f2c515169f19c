# expected: by hand, scheduler.rst, Exceptions (an exception raised out of the scheduler)
# (PyPy differs: its traceback shows the frames of its emulation)
# An exception that no tasklet catches comes out of run() in the main
# tasklet and ends the program: the traceback shows the main tasklet's
# run() call, then the tasklet's frames, and the status is 1.
import stackless

def func_loop():
    while 1:
        stackless.schedule()

def helper(n):
    return 10 // n

def func_exception():
    helper(0)

stackless.tasklet(func_loop)()
stackless.tasklet(func_exception)()
print("running")
stackless.run()
print("not reached")
