print(2 in [1, 2, 3], 'b' in 'abc', 'bc' in 'abc', '' in 'x', 'x' in '')
print(1 in (1,), 1 in {1: 'a'}, 'a' in {1: 'a'}, 3 in {1, 2, 3}, 4 in range(5), 5 in range(5))
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(-5, 0))
print(b'a' in b'cab', 97 in b'abc')
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
print([1, 2] in [[1, 2], 3], (1,) in [(1,)])
