words = ["a", "bb", None, "dddd"]
total = sum(len(w) for w in words)
