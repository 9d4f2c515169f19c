x = [f"{a b}" for a in b]
