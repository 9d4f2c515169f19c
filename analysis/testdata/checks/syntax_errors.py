# The recovering parser reports every syntax error of a file, not the first
# only; the rest of the file is still analyzed.
print(1 +)  # want "SyntaxError"
x = = 2  # want "SyntaxError"
if True  # want "expected ':'"
    print(undefined_after_errors)  # want "undefined-name"


# A def header being typed: its body and what follows are still analyzed,
# and the body's return is not "outside function".
def typing_now(a, b  # want "SyntaxError"
    return a


print(undefined_after_header)  # want "undefined-name"
