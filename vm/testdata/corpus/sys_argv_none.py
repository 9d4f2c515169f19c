import sys
print(len(sys.argv), sys.argv[1:], type(sys.argv).__name__)
sys.argv.append("mutable")
print(sys.argv[1:])
