x = 1
def f():
    return "after form feed"
print(f(), x)
