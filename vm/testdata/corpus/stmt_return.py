def none1():
    pass
def none2():
    return
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), multi(), early(1), early(0))
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
def in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def nested_loops():
    for i in range(3):
        while True:
            return i
print(nested_loops())
def star():
    xs = [1, 2]
    return 0, *xs
print(star())
