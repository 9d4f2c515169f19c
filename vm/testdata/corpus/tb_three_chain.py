try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("second") from e
except KeyError:
    raise IndexError("third")
