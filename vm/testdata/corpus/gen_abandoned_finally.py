def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")
for n in numbers():
    if n == 2:
        break
print("after loop")
g = numbers()
next(g)
del g
print("after del")
def take(it, k):
    return [next(it) for _ in range(k)]
print(take(numbers(), 3))
print("end")
