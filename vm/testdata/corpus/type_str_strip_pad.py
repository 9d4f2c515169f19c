s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" x")), repr("xxhixx".strip("x")))
print(repr("\t\n spaced \r\n".strip()), repr("abcba".strip("ab")), repr("".strip()), repr("aaa".lstrip("a")))
print("abc".center(9), "abc".center(8, "*"), "abc".ljust(6, "."), "abc".rjust(6, "."), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "12345\t6".expandtabs(4), repr("\t".expandtabs(0)))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "x".removeprefix("y"))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
