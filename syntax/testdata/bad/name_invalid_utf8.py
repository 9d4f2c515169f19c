def f():
    return valué + 1
