def find(items, name):
    for it in items:
        if it.get("name") == name:
            return it
result = find([{"name": "a"}], "b")
print(result["name"])
