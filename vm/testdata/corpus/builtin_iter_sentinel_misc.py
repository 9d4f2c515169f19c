data = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(data), 0)), list(data))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["ab", "cd", "e"])
print("".join(iter(r.read, "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print("loop", x)
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
e = enumerate(iter("xy"))
print(list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, iter(["a"]))
print(list(m), list(m))
