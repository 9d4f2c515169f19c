# Three tasklets take turns: each schedule() moves the caller to the end
# of the run queue.
import stackless

def worker(name, n):
    for i in range(n):
        print(name, i)
        stackless.schedule()
    print(name, "done")

stackless.tasklet(worker)("a", 3)
stackless.tasklet(worker)("b", 2)
stackless.tasklet(worker)("c", 1)
stackless.run()
print("run returned")
