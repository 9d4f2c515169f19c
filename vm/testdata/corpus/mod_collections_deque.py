# collections.deque: both ends, maxlen, rotation, indexing, comparisons.
from collections import deque


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d))
print(d)
d[1] = 'x'
del d[0]
print(d, 'x' in d, 99 in d, d.count(5), d.index(5))
d.insert(1, 'ins')
d.remove('x')
print(d)
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d)
show("pop empty", d.pop)
show("popleft empty", d.popleft)
show("index error", lambda: deque([1])[5])
show("remove missing", deque([1]).remove, 2)
show("index missing", deque([1]).index, 2)

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend('ab')
print(m)
print(deque(range(10), maxlen=4), deque(maxlen=0), deque('abc', 2))
show("insert full", m.insert, 0, 'z')
show("bad maxlen", deque, [], -1)

big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
for i in range(50):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], sum(big))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, deque('ab').copy())
e = deque([1, 2])
e += [3]
print(e)
show("add list", lambda: deque([1]) + [2])
show("hash", hash, deque())


def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


show("mutate", mutate)
r = deque()
r.append(r)
print(r)
