def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "end"
print(f())
def g():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(g())
def h():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(h())
def k():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after break"
print(k())
def deep():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")
print(deep())
