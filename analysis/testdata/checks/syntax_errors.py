# The recovering parser reports every syntax error of a file, not the first
# only; the rest of the file is still analyzed.
print(1 +)  # want "SyntaxError"
x = = 2  # want "SyntaxError"
if True  # want "expected ':'"
    print(undefined_after_errors)  # want "undefined-name"
