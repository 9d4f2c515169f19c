import sys
print("before input")
try:
    s = input("prompt> ")
    print("got", repr(s))
except EOFError as e:
    print(type(e).__name__, e)
print("after")
print(sys.stdin.read() == "")
