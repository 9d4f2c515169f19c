class Squares(x * x for x in range(10)):
    pass
