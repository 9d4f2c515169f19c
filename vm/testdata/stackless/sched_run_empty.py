# run() with nothing to run returns None at once, any number of times.
import stackless

print(stackless.run())
print(stackless.run())
print(stackless.getruncount())
def w():
    print("w ran")
stackless.tasklet(w)()
print(stackless.run())
print(stackless.run())
