count = 1__000
