total = (1 +
names = = 2
label = "abc
