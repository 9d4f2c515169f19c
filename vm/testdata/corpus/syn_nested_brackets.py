data = {
    "list": [
        (1, 2),
        (3, [4, {5: (6,
                     7)}]),
    ],
    "call": dict(a=[1,
                    2],
                 b={"x": (lambda y:
                          y + 1)(1)}),
}
print(data)
result = (
    1
    + 2
    * 3
)
print(result)
values = [x
          for x in range(10)
          if x % 2
          ]
print(values)
def f(
    a,
    b=(1,
       2),
    *,
    c,
):
    return a, b, c
print(f(0, c=3))
print(f"{ {'k': [1, 2]}['k'][1] }")
