import sys
sys.setrecursionlimit(300000)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
print(d(10), d(1000), d(200000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(100000))
