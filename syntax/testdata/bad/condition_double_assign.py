while count = = limit:
    pass
