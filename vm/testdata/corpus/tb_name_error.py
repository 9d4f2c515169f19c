def f():
    return lenght([1, 2])
f()
