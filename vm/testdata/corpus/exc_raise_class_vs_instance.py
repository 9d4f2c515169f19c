for thing in [ValueError, ValueError("inst"), KeyError, StopIteration]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
class NeedsArgs(Exception):
    def __init__(self, a):
        super().__init__(a)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
