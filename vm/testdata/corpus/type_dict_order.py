d = {}
for k in [5, 3, "x", 1, (2,), 0.5, None]:
    d[k] = str(k)
print(d)
d[3] = "updated"
print(list(d))
del d[5]
d[5] = "re-added"
print(list(d))
print({1: "a", 1.0: "b", True: "c"})
d2 = dict.fromkeys(range(10))
for k in list(d2):
    if k % 2:
        del d2[k]
print(list(d2))
try:
    for k in d2:
        d2[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
keys = [str(i) for i in range(20)]
big = {k: len(k) for k in keys}
print(list(big)[:5], list(big)[-3:], list(reversed(big))[:3])
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
kd = {K(i): i for i in range(7)}
print(kd, kd[K(4)], K(9) in kd)
