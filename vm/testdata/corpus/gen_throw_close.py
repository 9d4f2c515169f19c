def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("injected")))
try:
    next(it)
except StopIteration:
    print("stopped")
it2 = g()
next(it2)
try:
    it2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
it3 = g()
next(it3)
it3.close()
print("closed", next(it3, "exhausted"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("closed unstarted")
try:
    unstarted().throw(TypeError("early"))
except TypeError as e:
    print("early throw", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
ie = ignore_exit()
next(ie)
ie.close()
