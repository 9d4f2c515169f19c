import sys
print("to stdout")
print("to stderr", file=sys.stderr)
x = [1, 2, 3]
for i in range(5):
    print(x[i])
