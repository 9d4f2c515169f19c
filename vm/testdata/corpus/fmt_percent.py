print("%s %s" % ("a", 1), "%r" % "q", "%d" % 42, "%5d|%-5d|%05d" % (1, 2, 3), "%+d % d" % (5, 5))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e20, 1e-10))
print("%.2f %10.3f %-10.1f| %f" % (3.14159, 2.5, 1.25, 1 / 3))
print("%c%c" % (72, "i"), "%%", "100%% sure" % (), "%s" % [1, 2], "%s" % (1,))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "y"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%i %u" % (7, 8), "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"), "%.0f %.0f" % (0.5, 1.5))
print("%d" % 3.9, "%d" % True, "%s" % None, "%x" % -255, "%o" % -8, "%.3e" % 0, "%g" % 100000, "%g" % 1000000)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", "ab"), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%s and %s" % ("tuple", "args"), "%s" % ((1, 2),), "%-6.2f|" % -1.5, "%#.3g" % 1.0)
print("%5.1s|" % "xyz", "%r" % 1.0, "%a" % "é", "%s" % b"b")
print(b"%s %d %x" % (b"x", 10, 255))
