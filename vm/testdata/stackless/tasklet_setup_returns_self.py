# Calling a tasklet (setup) returns the tasklet itself and schedules it.
import stackless

def f(a, b, c=0):
    print("f", a, b, c)

t = stackless.tasklet(f)
r = t(1, 2, c=3)
print(r is t, t.alive)
t2 = stackless.tasklet(f)
print(t2.setup(4, 5) is t2)
print(stackless.getruncount())
stackless.run()
print(t.alive, t2.alive)
