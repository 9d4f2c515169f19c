swap = lambda (a, b): (b, a)
