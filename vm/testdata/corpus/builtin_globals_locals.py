g1 = 1
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
print("g1" in globals(), globals()["g1"], globals()["__name__"])
globals()["injected"] = "yes"
print(injected)
def g():
    return sorted(k for k in globals() if not k.startswith("__"))
print(g())
class K:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def outer():
    v = 5
    def inner():
        return v
    return locals().keys()
print(sorted(outer()))
print(locals() is globals())
