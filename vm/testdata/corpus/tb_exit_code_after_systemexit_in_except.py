import sys
try:
    raise ValueError("bad input")
except ValueError as e:
    print("error:", e, file=sys.stderr)
    sys.exit(2)
