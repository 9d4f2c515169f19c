import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code), type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler", type(e).__name__)
print("now exiting with None")
sys.exit(None)
