# expected: by hand, tasklets.rst, tasklet.throw
# (PyPy differs: its tasklets have no throw method)
# throw() takes what raise takes: an instance, a class, a class and a
# value, a class and an argument tuple, and a traceback.
import stackless

def target(label):
    try:
        stackless.schedule_remove()
    except Exception as e:
        print(label, type(e).__name__, e.args, e.__traceback__ is not None)

def make(label):
    t = stackless.tasklet(target)(label)
    stackless.run()
    return t

make("instance").throw(KeyError("k"))
make("class").throw(ValueError)
make("class+value").throw(ValueError, "v")
make("class+tuple").throw(ValueError, ("a", 1))
make("class+instance").throw(ValueError, ValueError("same"))
try:
    1 / 0
except ZeroDivisionError as e:
    make("with traceback").throw(ZeroDivisionError, e, e.__traceback__)
t = make("keywords")
t.throw(exc=IndexError, val="kw")
print("all dead")
