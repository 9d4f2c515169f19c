def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (i, j)
    else:
        return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 9), search([], 1))
n = 0
while n < 10:
    n += 1
    try:
        if n == 3:
            continue
        if n == 6:
            break
    finally:
        print("finally", n)
else:
    print("no else since break")
count = 0
for i in range(3):
    for j in range(3):
        if j > i:
            break
        count += 1
print(count)
i = 0
while True:
    i += 1
    if i < 5:
        continue
    break
print(i)
