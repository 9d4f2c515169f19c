def a(x):
    return x + 1
def b(x):
    return x.upper()
print(a(b(5)))
