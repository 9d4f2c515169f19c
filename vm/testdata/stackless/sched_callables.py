# Anything callable can be a tasklet's function: functions, lambdas,
# bound methods, built-ins, classes and objects with __call__.
import stackless

out = []
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        out.append("%s greets %s" % (self.name, other))
    def __call__(self, n):
        out.append("%s called with %d" % (self.name, n))

class Made:
    def __init__(self, value):
        out.append("Made(%r)" % value)

def plain(a, b=0):
    out.append("plain %d" % (a + b))

g = Greeter("g")
stackless.tasklet(plain)(1, b=2)
stackless.tasklet(lambda *a: out.append("lambda %r" % (a,)))(1, 2)
stackless.tasklet(g.greet)("you")
stackless.tasklet(out.append)("list.append")
stackless.tasklet(Made)(42)
stackless.tasklet(g)(7)
stackless.tasklet(print)("print as a tasklet", 1, sep="|")
stackless.run()
for line in out:
    print(line)
