import sys
print()
print("a", "b", 3)
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2, 3, sep=None, end=None)
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*[1, 2, 3], sep="\n")
print(None, True, 1.0, [None], {'a': None})
print("x", file=None)
try:
    print("x", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "writer", file=w, sep="_")
print(w.parts)
print("\ttab", "uni\u00e9")
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc\n"))
