# implicit joining inside brackets
total = (1 +
         2 +
         3)
print(total)
xs = [
    1, 2,
    3,  # comment inside
]
print(xs)
d = {'a':
     1, 'b': 2}
print(d)
# backslash joining
y = 1 + \
    2 + \
    3
print(y)
if y > 5 and \
   total > 5:
    print("both")
s = "abc" \
    "def"
print(s)
def f(a,
      b=2,
      *c):
    return a, b, c
print(f(1,
        3, 4))
# comment-only lines and blank lines in blocks
def g():
    # leading comment

    x = 1
        # oddly indented comment
    return x
print(g())
print(len("""a
b
c"""))
