x = = 1
if x:
    a = 1
  b = 2
s = "abc
