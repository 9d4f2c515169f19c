rows = [("a", "1"), ("b", "two")]
table = {k: int(v) for k, v in rows}
