import sys
print(len(sys.argv))
print(sys.argv[1:])
print(sys.argv[0].endswith("sys_argv.py"))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), a.isdigit())
print(sum(int(a) for a in sys.argv[1:] if a.isdigit()))
