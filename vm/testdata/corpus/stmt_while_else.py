i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("else after normal end")
i = 0
while True:
    i += 1
    if i == 5:
        break
else:
    print("never")
print("broke at", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    print("even", n)
j = 10
while j:
    j -= 3
    if j < 0:
        print("negative", j)
        break
else:
    print("no")
k = 0
while k < 0:
    print("never")
else:
    print("else with zero iterations")
