x = f"{a)}" if y else z
