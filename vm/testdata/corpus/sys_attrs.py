import sys
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version.startswith("3."), type(sys.version).__name__)
print(sys.getrecursionlimit() > 0)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys.stdout, "write"))
sys.stdout.write("written via sys.stdout\n")
sys.stderr.write("written via sys.stderr\n")
print("err via print", file=sys.stderr)
print(sys.argv[0].endswith(".py"), "sys" in sys.modules, sys.modules["__main__"].__name__)
print(__name__, type(sys).__name__, sys.__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
