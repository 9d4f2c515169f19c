# getcurrent() is the running tasklet; getmain() the main one.
import stackless

main = stackless.getmain()
print(stackless.getcurrent() is main)
seen = []
def w(i):
    cur = stackless.getcurrent()
    seen.append((i, cur is ts[i], cur is main, stackless.getmain() is main))

ts = [stackless.tasklet(w) for i in range(3)]
for i, t in enumerate(ts):
    t(i)
stackless.run()
print(seen)
print(stackless.getcurrent() is main)
