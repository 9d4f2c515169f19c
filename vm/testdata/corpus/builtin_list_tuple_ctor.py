print(list(), list("abc"), list(range(3)), list((1, 2)), list({3: 4}), list({5}), list(x for x in "hi"))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(2)), tuple({"k": 1}.items()))
src = [1, 2]
cp = list(src)
cp.append(3)
print(src, cp, cp is src, tuple(src) == (1, 2))
t = (1, 2)
print(tuple(t) is t, list(t))
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(list, ["ab", "c"])), list(zip(*["ab", "cd"])))
