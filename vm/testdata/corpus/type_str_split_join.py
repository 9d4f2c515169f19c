s = "  a b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",".split(","), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(3)))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4".splitlines(), "x\n\ny\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
