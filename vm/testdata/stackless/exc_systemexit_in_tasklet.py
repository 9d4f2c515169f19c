# SystemExit is not TaskletExit: raised in a tasklet and not caught there,
# it comes out of run() in the main tasklet like other exceptions, and
# ends the program there with its status.
import stackless
import sys

def leaver(code):
    print("leaver calls sys.exit", code)
    sys.exit(code)

stackless.tasklet(leaver)(5)
try:
    stackless.run()
except SystemExit as e:
    print("main caught SystemExit", e.code)
stackless.tasklet(leaver)(3)
stackless.run()
print("not reached")
