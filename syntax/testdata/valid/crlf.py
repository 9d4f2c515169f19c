# c
x = 1
y = 2
x = 1
if x:
    y = 2
x = 1 + \
    2
y = (1,
 2)
x = """a
b"""
y = 1
