# expected: by hand, stackless.rst, class atomic
# (PyPy differs: it has no stackless.atomic)
# stackless.atomic() sets the flag for the with block and restores the
# previous value after, also when the block raises and when nested.
import stackless

cur = stackless.getcurrent()
print("before", cur.atomic)
with stackless.atomic():
    print("inside", cur.atomic)
    with stackless.atomic():
        print("nested", cur.atomic)
    print("after nested", cur.atomic)
print("after", cur.atomic)
try:
    with stackless.atomic():
        raise ValueError("inside atomic")
except ValueError as e:
    print("caught", e, "atomic", cur.atomic)
cur.set_atomic(True)
with stackless.atomic():
    pass
print("restores True", cur.atomic)
cur.set_atomic(False)
a = stackless.atomic()
print(type(a).__name__, a.__enter__(), cur.atomic)
a.__exit__(None, None, None)
print(cur.atomic)
with stackless.atomic() as x:
    print("as target", x)
