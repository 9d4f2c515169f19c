class N:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def kid(self, i):
        return self.kids[i]
tree = N(1, [N(2, [N(4)]), N(3)])
print(tree.kids[0].kids[0].v, tree.kid(0).kid(0).v, tree.kid(1).v, [k.v for k in tree.kids])
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][-1], data["users"][1]["name"].upper(), len(data["users"][1]["tags"]))
print("a,b;c".split(";")[0].split(",")[1].upper().lower().center(5, "*"))
m = [[1, 2], [3, 4]]
m[1][0] += 10
m[0][::-1] = m[0]
print(m)
print((lambda: {"k": [10, 20]})()["k"][1], [[1, 2]][0][1], "xyz"[1:][0])
f = {"double": lambda x: 2 * x}
print(f["double"](21), getattr(tree, "kids")[0].v)
