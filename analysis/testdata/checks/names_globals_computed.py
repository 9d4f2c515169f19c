# A store into globals() under a computed key may define any global name.
def define(key):
    globals()[key] = 1


define("made")
print(made)
