def a():
    b()
def b():
    c()
def c():
    raise NotImplementedError("c is abstract")
try:
    a()
finally:
    print("finally before traceback")
