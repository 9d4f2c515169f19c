s = "abc"
print(s + "def", s * 3, 2 * s, s[1] + s[-1], "-" * 10, "" * 100, "ab" "cd")
print("a" < "b", "abc" < "abd", "Z" < "a", "é" > "z", "10" < "9", "abc" == "ab" + "c")
print("x" in "xyz", "xz" in "xyz", "" in "", "a" not in "bcd")
print(ord(min("hello")), max("hello"), sorted("hello", reverse=True), "".join(sorted("dcba")))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), len("|".join(parts)))
t = "x"
t += "y"
t *= 3
print(t, t.count("xy"), t.replace("xy", "Z"))
print("%s-%s" % ("a", "b") + "!" * 2, ("ab" * 2)[1:3], "abc"[::-1] * 2)
print("line1\nline2".split("\n"), "a\tb".expandtabs(4), "C:\\path\\file")
