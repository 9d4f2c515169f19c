class P:
    z = 0
    def __init__(self):
        self.b = 2
        self.a = 1
    def meth(self):
        pass
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
print("z" in vars(P), "meth" in vars(P))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
