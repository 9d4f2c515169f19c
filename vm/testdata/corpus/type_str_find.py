s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("x"), s.rfind("x"), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, 12))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("hell"), s.startswith(("x", "he")), s.endswith("llo"), s.endswith("wor", 0, 9), s.startswith("world", 6))
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("", "-"), "aaa".replace("a", "b", 0))
print("abc".find("c", -1), "abc".find("a", -1), "abcabc".find("bc", 2, 5), "aaaa".count("aa"))
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "x" + "y")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
