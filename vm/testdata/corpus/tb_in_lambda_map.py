values = [1, 2, 0, 4]
inverted = list(map(lambda v: 10 // v, values))
