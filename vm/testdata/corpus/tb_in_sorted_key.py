records = [{"n": 3}, {"n": 1}, {"m": 2}]
def key(r):
    return r["n"]
print(sorted(records, key=key))
