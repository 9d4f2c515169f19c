if key not is None:
    pass
