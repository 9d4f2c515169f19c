for s in ["hello world", "Hello World", "HELLO", "hELLO wORLD", "ß straße", "ǅungla", "o'neil's 3rd", "", "123abc"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("İ".lower(), len("İ".lower()), "ﬁ".upper(), "ß".upper())
