class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("missing " + what)
        self.what = what
class Fatal(BaseException):
    pass
def f(kind):
    if kind == 1:
        raise NotFound("file")
    if kind == 2:
        raise AppError("generic")
    if kind == 3:
        raise Fatal("bye")
    return "ok"
for k in range(4):
    try:
        print(f(k))
    except NotFound as e:
        print("NotFound", e, e.what)
    except AppError as e:
        print("AppError", e)
    except Exception:
        print("never")
    except BaseException as e:
        print("BaseException", type(e).__name__, e)
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("m")
except AttributeError as e:
    print("caught as AttributeError", repr(e), [c.__name__ for c in Multi.__mro__])
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
class CodeErr(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "code %d" % self.code
try:
    raise CodeErr(7)
except CodeErr as e:
    print(e, repr(e), e.args)
