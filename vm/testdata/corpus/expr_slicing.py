s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1])
print(s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2])
l = list(range(10))
print(l[2:8:3], l[::-3], l[:], l[:] is l)
t = tuple(range(5))
print(t[1:4], t[::-1], type(t[1:2]))
print(s[slice(1, 4)], s[slice(None, None, -2)], l[slice(3)])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None).indices(3), slice(-2, None).indices(10), slice(None, None, -1).indices(4))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:4])
b = b"bytes!"
print(b[1:3], b[::-1], b[0])
class I:
    def __index__(self):
        return 2
print(s[I():], l[I()], s[:I()])
print(s[True:], l[-1], s[-len(s)])
