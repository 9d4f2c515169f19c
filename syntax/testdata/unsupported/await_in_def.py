def f(c):
    return await c
