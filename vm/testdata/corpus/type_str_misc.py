s = "héllo"
print(len(s), s[1], s[-1], s[::-1], list(s), s.encode(), s.encode("utf-8").decode())
print("abc" < "abd", "abc" == "abc", "a" in "abc", min("bca"), max("bca"), sorted("bca"))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz")))
print("hello".translate(str.maketrans({"h": "J", "o": None})), "abc".translate({97: "AA"}))
print("%s" % "x", "a{}b".format(1), "tab\tsep".split("\t"))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"))
it = iter("xy")
print(next(it), next(it))
print(str.upper("x"), str.join("-", "ab"), "a-b".split("-"))
print("ǅ".istitle(), "Σ".lower(), "ΑΣ".lower(), "ß".casefold())
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), m + "x", type(m + "x").__name__, isinstance(m, str), len(m), m == "hey", repr(m))
print("a".encode("ascii"), "é".encode("latin-1"), "€".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
