g = (i * 2 for i in range(5) if i != 2)
print(list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(3) for b in range(a)))
print(sorted((x % 3, x) for x in range(6)))
def side(x):
    print("evaluating", x)
    return x
gen = (side(x) for x in range(3))
print("created")
for v in gen:
    print("got", v)
try:
    gg = (1 / x for x in [1, 0])
    print(list(gg))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
xs = [1, 2, 3]
lazy = (x for x in xs)
xs.append(4)
print(list(lazy))
it = iter([1, 2, 3])
print(list(x + y for x in it for y in [10]))
print(", ".join(str(i) for i in range(3)), tuple(c.upper() for c in "ab"))
try:
    print(list(x for x in 5))
except TypeError as e:
    print(type(e).__name__, e)
