class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append("close %s %s" % (self.name, exc_type.__name__ if exc_type else "-"))
        return False
log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append("use %s %s" % (a.name, b.name))
print(log)
log = []
try:
    with Resource("x", log):
        raise KeyError("inside")
except KeyError:
    log.append("handled")
print(log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError) as s:
    1 / 0
print("suppressed, s =", s)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Transaction:
    def __enter__(self):
        print("begin")
    def __exit__(self, et, ev, tb):
        if et:
            print("rollback because", repr(ev))
        else:
            print("commit")
def work(fail):
    with Transaction():
        if fail:
            raise RuntimeError("bad")
        return "returned"
print(work(False))
try:
    work(True)
except RuntimeError:
    print("propagated")
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
