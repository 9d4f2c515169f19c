class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], type(s + [4]).__name__)
print(s[::-1], type(s[1:]).__name__, sorted(s, reverse=True), s == [1, 2, 3])
class LoggingList(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
ll = LoggingList()
ll.append(1)
ll.extend([2])
print(ll)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, len(ad), list(ad.items()))
try:
    ad.zz
except AttributeError as e:
    print(type(e).__name__, e)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for ch in "banana":
    c.add(ch)
print(c, c["z"], isinstance(c, dict))
class DefaultList(list):
    def __init__(self, *args, default=None):
        super().__init__(*args)
        self.default = default
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return self.default
dl = DefaultList([1, 2], default="none")
print(dl[0], dl[10], dl)
class MyTuple(tuple):
    pass
print(MyTuple((1, 2)), MyTuple((1, 2)) == (1, 2))
class MySet(set):
    pass
ms = MySet([3, 1])
ms.add(2)
print(sorted(ms), type(ms).__name__)
