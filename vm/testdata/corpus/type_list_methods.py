l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend("ab"); l.extend(range(2)); print(l)
l.insert(0, "first"); l.insert(-1, "penult"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
try:
    l.remove("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(l.index(5), l.index(1, 2), l.count(1))
try:
    l.index("q")
except ValueError as e:
    print(type(e).__name__, e)
m = [5, 2, 9, 1]
m.sort(); print(m)
m.sort(reverse=True); print(m)
m.reverse(); print(m)
c = m.copy(); c.append(0); print(m, c)
c.clear(); print(c)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words)
print(m.sort(), m.append(1), m.extend([]))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
n = [1, 2, 3]
n += (4, 5)
print(n, list(), list("ab"), list({1: 2}), list((1, 2)))
