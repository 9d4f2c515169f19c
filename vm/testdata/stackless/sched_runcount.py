# getruncount() counts the runnable tasklets, the current one included.
import stackless

print("start", stackless.getruncount())
def w(i):
    print("in", i, stackless.getruncount())
    stackless.schedule()
    print("again", i, stackless.getruncount())

ts = [stackless.tasklet(w)(i) for i in range(3)]
print("created", stackless.getruncount())
stackless.run()
print("after", stackless.getruncount())
