text = "a,b,c"
parts = text.split(",")
print(parts[0].join(5))
