# schedule() with nothing else runnable returns at once to the caller.
import stackless

print(stackless.getruncount())
for i in range(3):
    r = stackless.schedule(i)
    print("returned", r)
def w():
    for i in range(2):
        print("w alone", stackless.getruncount(), stackless.schedule(i * 10))
stackless.tasklet(w)()
stackless.run()
print("end")
