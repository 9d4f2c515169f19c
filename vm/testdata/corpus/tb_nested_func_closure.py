def outer():
    factor = None
    def inner(x):
        return x * factor
    return inner
outer()(3)
