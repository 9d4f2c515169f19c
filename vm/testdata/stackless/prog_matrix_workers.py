# Matrix multiplication with one tasklet per row; each row worker yields
# after every cell and reports its row over a channel.
import stackless

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 0, 1]]
B = [[9, 8], [7, 6], [5, 4]]
rows = stackless.channel()

def row_worker(i):
    row = []
    for j in range(len(B[0])):
        row.append(sum(A[i][k] * B[k][j] for k in range(len(B))))
        stackless.schedule()
    rows.send((i, row))

for i in range(len(A)):
    stackless.tasklet(row_worker)(i)
C = [None] * len(A)
order = []
for _ in A:
    i, row = rows.receive()
    order.append(i)
    C[i] = row
print(order)
for row in C:
    print(row)
