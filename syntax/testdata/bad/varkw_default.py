def log(**kwargs={}):
    pass
