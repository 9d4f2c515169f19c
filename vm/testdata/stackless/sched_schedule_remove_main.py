# expected: by hand, stackless.rst, schedule_remove; tasklets.rst, Tasklet Life Cycle
# (PyPy differs: removing main leaves it nothing to return to, and it has no scheduled)
# The main tasklet can remove itself too: the others run, and when the
# run queue is empty the main tasklet is scheduled again.
import stackless

def w(i):
    print("w", i, "main scheduled:", stackless.getmain().scheduled)
    stackless.schedule()
    print("w", i, "again")

for i in range(2):
    stackless.tasklet(w)(i)
r = stackless.schedule_remove("back")
print("main resumes with", r, stackless.getmain().scheduled)
