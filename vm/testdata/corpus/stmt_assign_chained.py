a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
xs = [10, 20, 30]
i = xs[i] = 2   # assigned left to right: i first, then xs[2]
print(i, xs)
class O: pass
o = O()
o.a = o.b = "v"
print(o.a, o.b)
d = {}
d['k'] = d['j'] = 0
print(d)
