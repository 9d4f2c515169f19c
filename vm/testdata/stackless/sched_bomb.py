# expected: by hand, LANGUAGE.md, The stackless module (bomb)
# (PyPy differs: its bomb.raise_() wraps the value in a second exception)
# stackless.bomb packages an exception as a value: type, value and
# traceback attributes, and raise_() raises it.
import stackless
import sys

b = stackless.bomb(ValueError, ValueError("packed"))
print(isinstance(b, stackless.bomb), b.type.__name__, repr(b.value), b.traceback)
try:
    b.raise_()
except ValueError as e:
    print("raised", repr(e), e is b.value)
try:
    {}["k"]
except KeyError:
    b = stackless.bomb(*sys.exc_info())
print(b.type.__name__, repr(b.value), b.traceback is not None)
try:
    b.raise_()
except KeyError as e:
    print("raised", repr(e))
