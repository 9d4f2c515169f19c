if x:
    pass
# c
elif y:
  # d
    pass
    # e
else:
        pass
try:
    pass
    # x
except E:  # y
    pass
# z
finally:
    pass
@a
# c

@b

def f(): pass
@x[0].y
@(lambda f: f)
@a if b else c
def f(): pass
if x:
    y = 1
x = 1
\
y = 2
if x:
    pass
  # odd comment
y = 1
def f():
    def g():
        pass


    # c

if a:
    if b:
        if c:
            x
y
x = 1 + 2
