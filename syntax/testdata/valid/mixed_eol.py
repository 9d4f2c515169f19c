x = 1
y = 2
z = 3# ax = 1
