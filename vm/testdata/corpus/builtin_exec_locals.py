# exec() with a locals dict apart from the globals: the code's top level
# binds and reads names in that dict, and functions it defines see only
# the globals.
g = 1


def f(v, out):
    exec("v = 5\nout = [7]")
    print(v, out)


out = []
f(0, out)
print(out)


def scoped():
    x = 2
    ns = {"x": 10}
    exec("y = x + g\ndef h(): return g\nz = h()\nclass C: pass\nq = C.__qualname__ + h.__qualname__", globals(), ns)
    print(sorted(ns), ns["y"], ns["z"], ns["q"])
    try:
        exec("def k(): return x\nk()", {}, {"x": 1})
    except NameError as e:
        print("NameError:", e)
    exec("w = 3")
    print("w" in globals())


scoped()
exec("m = 5")
print(m)
