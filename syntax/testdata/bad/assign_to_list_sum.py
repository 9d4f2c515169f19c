[1] + extra = 2
