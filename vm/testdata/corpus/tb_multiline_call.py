def add(a, b, c):
    return a + b + c
result = add(
    1,
    2,
    "three",
)
