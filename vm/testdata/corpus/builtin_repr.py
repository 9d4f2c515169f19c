print(repr(1), repr(-1.5), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr(None))
print(repr([1, "x", (2,)]), repr((1,)), repr(()), repr({1: "a"}), repr(set()), repr({1}), repr(frozenset()))
print(repr(frozenset([3])), repr(range(3)), repr(b"a'b\x00\xff"), repr(True))
print(repr("\x00\x1f\x7f\x80\xa0\xad"), repr("é€😀"), repr("\u200b\ud800" if False else "\u200b"))
print(repr(1e100), repr(1e16), repr(1e15), repr(0.1), repr(-0.0), repr(float("inf")), repr(float("nan")))
print(repr(123456789.123456789), repr(1.0), repr(100.0), repr(1e-5), repr(0.0001))
class R:
    def __repr__(self):
        return "R<>"
print(repr(R()), repr([R(), R()]), repr({"k": R()}))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
print(repr(l))
d = {}
d['self'] = d
print(repr(d))
print(repr(ValueError("x")), repr(KeyError("k", 1)), repr(Exception()), repr(StopIteration(3)))
print(repr(int), repr(str), repr(ValueError), repr(len), repr(print))
print(ascii("é"), ascii("abc"), ascii(["ü"]))
