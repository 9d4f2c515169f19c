import sys
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print(sys.exc_info())
def handler():
    try:
        raise TypeError("t")
    except TypeError as e:
        return e
e = handler()
print(type(e).__name__, e.__traceback__ is not None)
try:
    raise ValueError("a")
except ValueError as e:
    err = e
print(err, "e" in dir())
try:
    try:
        raise ValueError("x")
    except ValueError:
        raise
    finally:
        print("finally during propagation", sys.exc_info()[0].__name__)
except ValueError as e:
    print("outer got", e)
print(sys.exception() if hasattr(sys, "exception") else None)
