cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(5), KeyError("k"), KeyError(),
         KeyError("a", "b"), IndexError("idx"), Exception(None), Exception(""), StopIteration(7),
         AttributeError("attr"), OSError(2, "No such file"), SystemExit(3), RuntimeError([1, 2])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror, type(oe).__name__)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
m = MyErr(404, "not found")
print(m, repr(m), m.args, m.code)
class WithStr(Exception):
    def __str__(self):
        return "custom text"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
class Plain(ValueError):
    pass
print(repr(Plain("p")), str(Plain(1, 2)), isinstance(Plain(), ValueError))
print(BaseException("x").with_traceback(None).args)
