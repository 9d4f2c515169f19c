import traceback, weakref, sys
def fail():
    raise ValueError("for traceback module")
try:
    fail()
except ValueError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    print(traceback.format_exc().splitlines()[-1])
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, type(r).__name__)
