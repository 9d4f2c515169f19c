print(hash(1), hash(0), hash(-1), hash(True), hash(1.0), hash(0.5), hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-2 ** 64))
print(hash(1.5) == hash(1.5), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(None) == hash(None), hash("a") == hash("a"))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
print(E.__hash__)
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()))
a = object()
print(id(a) == id(a), id(a) != id(object()) or True, type(id(a)).__name__)
x = [1]
y = x
print(id(x) == id(y))
print(hash(float('inf')), hash(float('-inf')), hash(2.0 ** 61), hash(1e300) == hash(int(1e300)))
