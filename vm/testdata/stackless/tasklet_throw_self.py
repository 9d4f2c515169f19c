# expected: by hand, tasklets.rst, tasklet.throw and tasklet.raise_exception ("Raise an exception on the given tasklet")
# (PyPy differs: its tasklets have no throw or raise_exception)
# A tasklet throwing at itself raises right there, like a raise statement.
import stackless

def w():
    me = stackless.getcurrent()
    try:
        me.throw(ValueError("self"))
        print("not reached")
    except ValueError as e:
        print("caught own throw", e)
    try:
        me.raise_exception(KeyError, "own")
    except KeyError as e:
        print("caught own raise_exception", repr(e))
    print("still alive", me.alive)

stackless.tasklet(w)()
stackless.run()
try:
    stackless.getmain().throw(IndexError("main"))
except IndexError as e:
    print("main caught", e)
