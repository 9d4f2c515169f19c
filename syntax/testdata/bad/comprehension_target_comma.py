pairs = [k for k v in items]
