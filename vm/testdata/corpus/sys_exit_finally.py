import sys
def f():
    try:
        print("in try")
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    f()
finally:
    print("outer finally")
