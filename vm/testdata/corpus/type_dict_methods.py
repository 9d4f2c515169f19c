d = {"a": 1, "b": 2}
print(d["a"], d.get("b"), d.get("z"), d.get("z", 0), len(d), "a" in d, 1 in d)
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))))
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
e = {"a": 1}
e |= {"a": 5, "c": 6}
print(e)
k = d.keys()
d["late"] = 0
print(k, len(k), "late" in k)
print(d.items() & {("late", 0)}, d.keys() - {"b"} == set(d) - {"b"})
