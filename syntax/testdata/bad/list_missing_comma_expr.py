names = ["a" "b" c]
