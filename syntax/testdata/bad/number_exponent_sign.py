x = 1e+y
