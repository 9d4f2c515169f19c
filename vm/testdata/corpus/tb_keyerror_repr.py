d = {"a": 1}
key = "it's"
print(d[key])
