# expected: by hand, stackless.rst, enable_softswitch
# (PyPy differs: it has no enable_softswitch)
# enable_softswitch(flag) sets the flag and returns the old value; None
# only asks. Tasklets behave the same either way.
import stackless

print(stackless.enable_softswitch(None))
print(stackless.enable_softswitch(False))
print(stackless.enable_softswitch(None))
def w(i):
    stackless.schedule()
    print("w", i)
for i in range(2):
    stackless.tasklet(w)(i)
stackless.run()
print(stackless.enable_softswitch(True))
print(stackless.enable_softswitch(None))
old = stackless.enable_softswitch(0)
stackless.enable_softswitch(old)
print(stackless.enable_softswitch(None))
