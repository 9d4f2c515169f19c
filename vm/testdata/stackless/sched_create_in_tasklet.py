# A tasklet that creates tasklets: they join the end of the run queue.
import stackless

def child(name):
    print("child", name)

def parent():
    print("parent starts")
    stackless.tasklet(child)("x")
    stackless.tasklet(child)("y")
    print("parent schedules")
    stackless.schedule()
    print("parent ends")

stackless.tasklet(parent)()
stackless.tasklet(child)("z")
stackless.run()
