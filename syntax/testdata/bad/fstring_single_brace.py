x = f"a}b" + 1
