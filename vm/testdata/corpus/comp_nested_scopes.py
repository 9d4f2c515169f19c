def outer(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(outer(3))
def with_closure():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(with_closure())
def uses_param(p):
    return [p + x for x in range(3)], {p: x for x in range(1)}, {p * x for x in range(3)}, list(p for _ in range(2))
print(uses_param(10))
def iter_eval_outer():
    data = [[1, 2], [3, 4]]
    return [x for x in data[0]] + [x for row in data for x in row]
print(iter_eval_outer())
gen = (x for x in range(3))
print([y for y in gen], [y for y in gen])
def first_iter_evaluated_eagerly():
    try:
        g = (x for x in undefined_iterable)
    except NameError as e:
        return "eager: " + str(e)
    return "lazy"
print(first_iter_evaluated_eagerly())
def walrus_in_comp():
    xs = [y := 5, y ** 2]
    [last := k for k in range(4)]
    return xs, last
print(walrus_in_comp())
