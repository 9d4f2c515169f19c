for i in range(3):
    print(i)
else:
    print("done", i)
for i in []:
    print("never")
else:
    print("empty else")
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
for c in "abc":
    for d in "xy":
        if d == "y":
            continue
        print(c + d)
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
x = [1, 2, 3]
for x[0] in range(5, 7):
    pass
print(x)
class O: pass
o = O()
for o.v in "pq":
    pass
print(o.v)
