# The TypeError of an augmented assignment that no method handles names
# the augmented operator, except where CPython's own message says more.
for x, y in [([], 1), ("a", 1), (1, "a"), (None, None), ({}, ()), ((1,), "b")]:
    for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
        try:
            exec("x " + op + " y", {"x": x, "y": y})
            print(op, "ok")
        except TypeError as e:
            print(op, e)
