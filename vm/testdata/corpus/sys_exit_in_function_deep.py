import sys
def a(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(7)
    a(n - 1)
try:
    a(50)
except ValueError:
    print("never")
