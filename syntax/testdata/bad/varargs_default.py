def log(*args=()):
    pass
