print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
try:
    raise KeyboardInterrupt("ctrl-c")
except BaseException as e:
    print(type(e).__name__, e)
def g():
    try:
        yield 1
    except Exception:
        print("Exception does not catch GeneratorExit")
    finally:
        print("finally on close")
it = g()
next(it)
it.close()
try:
    raise GeneratorExit
except GeneratorExit as e:
    print("caught GeneratorExit", repr(e))
try:
    raise StopIteration("manual")
except StopIteration as e:
    print(repr(e), e.value)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__)
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else "skip")
