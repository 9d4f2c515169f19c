names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "ArithmeticError", "ZeroDivisionError", "OverflowError", "AssertionError", "AttributeError",
         "LookupError", "IndexError", "KeyError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "RuntimeError", "RecursionError", "NotImplementedError", "TypeError",
         "ValueError", "UnicodeError", "UnicodeDecodeError", "ImportError", "ModuleNotFoundError",
         "EOFError", "MemoryError", "SyntaxError", "IndentationError", "StopAsyncIteration",
         "FloatingPointError", "PermissionError", "TimeoutError", "UnicodeEncodeError", "BufferError"]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, "->", cls.__bases__[0].__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
