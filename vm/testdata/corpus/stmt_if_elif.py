def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for v in (-5, 0, 3, 100):
    print(v, classify(v))
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 2.5):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if []:
    pass
elif ():
    pass
else:
    print("else reached")
x = 5
if x > 3:
    if x > 4:
        print("nested")
