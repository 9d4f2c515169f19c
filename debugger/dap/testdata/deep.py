def down(n):
    if n == 0:
        breakpoint()
        return 0
    return down(n - 1) + 1

print(down(50))
