class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], g[5, 5], len(g), (1, 2) in g, (9, 9) in g, list(g))
del g[0, 0]
print(len(g), bool(g))
g[1, 2] += "!"
print(g.cells)
class Sl:
    def __getitem__(self, k):
        return k
s = Sl()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:], s["key"])
class SetSlice:
    def __setitem__(self, k, v):
        print("setitem", k, v)
    def __delitem__(self, k):
        print("delitem", k)
ss = SetSlice()
ss[1:5] = [0]
del ss[::2]
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
