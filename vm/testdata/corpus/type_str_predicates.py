tests = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", " \t\n", "", "a_b", "_id", "2x", "Ab", "hello World", "\x00", "é"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
