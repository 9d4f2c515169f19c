while line = readline():
    pass
