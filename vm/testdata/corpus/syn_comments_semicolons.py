x = 1; y = 2; z = x + y  # several statements
print(x, y, z)
if x: print("one-line if"); print("second")
for i in range(2): print("loop", i)
while False: pass
else: print("while-else one line")
def f(): return "one-line def"
print(f())
class K: a = 1; b = 2
print(K.a, K.b)
# a comment with 'quotes' and "more" and \ backslash
print("# not a comment")  # real comment
s = 'a#b'
print(s)
