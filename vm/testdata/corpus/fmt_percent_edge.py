print("%s" % ((),), "%s %%" % "a", "%-5s|" % "ab", "%05.1f" % -2.5, "%x" % 255, "%#o" % 0, "%e" % 0.0)
print("%(a)s %(a)r %(b)05d" % {"a": "x", "b": 42}, "%c" % 0x1F600, "%3c|" % "z")
print("%s" % [1, "a"], "%r" % ("t",), "%s %s" % ("tuple", ("in", "tuple")), "%d%%" % 50)
print("%.3s|%5.2s|" % ("abcdef", "xyz"), "%i" % -0, "%+.2e" % 12345.678, "%G" % 1e-10)
print("%d" % 2 ** 100, "%x" % 2 ** 100, "%.2f" % 2 ** 70, "%s" % 2 ** 70)
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % "ab"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"}, "no args" % ())
