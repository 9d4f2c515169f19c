# A function reads its globals afresh each time: rebinding, deleting a
# global that shadows a built-in, defining one later, and functions made
# in two different global namespaces.
def show():
    return (len, counter)


counter = 0
for i in range(3):
    counter += 1
    print(show()[1])


def len(x):
    return "mine"


print(show()[0]("abc"))
del len
print(show()[0]("abc"))
globals()["len"] = lambda x: "via globals()"
print(show()[0]("abc"))
del globals()["len"]
print(show()[0]("abc"))

src = "def f():\n    return value\n"
g1 = {"value": 1}
g2 = {"value": 2}
exec(src, g1)
exec(src, g2)
print(g1["f"](), g2["f"]())
g1["value"] = 10
print(g1["f"](), g2["f"]())
del g2["value"]
try:
    g2["f"]()
except NameError as e:
    print("NameError:", e)
