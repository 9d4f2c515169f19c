print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1.0 == True, 1 != 2 != 1)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x <= 4)
print(1 < 2 > 0, "a" < "b" <= "b")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0], (2,) > (1, 99))
print("abc" < "abd", "Z" < "a", "" < "a")
one = 1
print(None is None, one is not None)
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [] == (), {} == {}, {1: 2} == {1: 2})
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,))
