def compute(a, b):
    total = a * 2 + b / (a - a)
    return total
compute(3, 4)
