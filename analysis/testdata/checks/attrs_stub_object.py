import stackless
import sys

# A stub attribute annotated "object" may hold anything: a frame, a file,
# a class. Its attributes are not known, so reading them is not reported.
t = stackless.getcurrent()
print(t.frame.f_code.co_name, t.frame.f_back)
sys.stdout.write("x\n")
sys.stdout.flush()
b = stackless.bomb(ValueError, ValueError("packed"))
print(b.type.__name__)
print(t.framee)  # want "'tasklet' object has no attribute 'framee'; did you mean 'frame'?"
