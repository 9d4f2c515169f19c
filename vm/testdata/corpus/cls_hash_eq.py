class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return "Key(%r)" % self.k
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len(d), Key("A") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a), len({a, a, Default()}))
class InheritsHash(Key):
    pass
print(InheritsHash("q") == Key("Q"), hash(InheritsHash("q")) == hash(Key("q")))
class EqOnlySub(Key):
    def __eq__(self, o):
        return False
try:
    hash(EqOnlySub("z"))
except TypeError as e:
    print(type(e).__name__, e)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class HashCalls:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return 1
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
hs = {}
hs[HashCalls(1)] = "a"
hs[HashCalls(2)] = "b"
print(hs[HashCalls(2)])
