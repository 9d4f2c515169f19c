# remove() takes a tasklet out of the run queue; insert() appends it at
# the end, so the order of execution changes.
import stackless

def w(name):
    print("run", name)

ts = {n: stackless.tasklet(w)(n) for n in "abcd"}
ts["b"].remove()
ts["a"].remove()
ts["a"].insert()
ts["b"].insert()
print("runcount", stackless.getruncount())
stackless.run()
