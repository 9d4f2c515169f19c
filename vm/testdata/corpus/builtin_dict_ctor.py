print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([("k", 1), ("k", 2)]), dict(["ab", "cd"]), dict(((1, 2),)), dict(dict(q=0).items()))
for bad in [[1, 2], [("a",)], 5, ["abc"]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d)
