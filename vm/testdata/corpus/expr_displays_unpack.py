a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b})
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print([*range(3), *"ab"], [*{}], [*{'k': 1}])
print(*a, *b, sep='-')
t = *a, 0
print(t)
print({1: 'a', True: 'b', 1.0: 'c'})
print({'z': 1, 'a': 2, 'm': 3})
print([], (), {}, set(), [()], ((),), (1,), [[]])
print({(1, 2): 'tuple key', frozenset([1]): 'fs'})
nested = [[1, [2, [3, [4]]]]]
print(nested, nested[0][1][1][1][0])
print([1, 2, 3,], (1, 2,), {'a': 1,})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
