key = lambda *: 0
