def step(i):
    return i + 1

i = 0
while i < 100000:
    i = step(i)
