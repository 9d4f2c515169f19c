x = 5
f"{x!z}"
