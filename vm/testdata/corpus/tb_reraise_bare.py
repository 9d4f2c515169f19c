def risky():
    return {}["k"]
try:
    risky()
except KeyError:
    print("logging and re-raising")
    raise
