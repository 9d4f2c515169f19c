d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("c", 3) in i, ("c", 4) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(k & {"b", "z"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, list(reversed(k)), list(reversed(v)), sorted(i, reverse=True))
for key, val in d.items():
    print(key, val, end="; ")
print()
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
