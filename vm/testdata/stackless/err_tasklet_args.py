# expected: by hand, tasklets.rst, class tasklet (the signatures of its methods)
# (PyPy differs: its tasklet methods take other arguments)
# Wrong arguments to tasklet methods are TypeErrors.
import stackless

def f():
    pass
t = stackless.tasklet(f)
cases = [
    ("tasklet(f, (), {}, 4)", lambda: stackless.tasklet(f, (), {}, 4)),
    ("bind(f, (), {}, 4)", lambda: t.bind(f, (), {}, 4)),
    ("bind(nope=1)", lambda: t.bind(nope=1)),
    ("kill(1, 2)", lambda: t.kill(True, 2)),
    ("kill(when=1)", lambda: t.kill(when=1)),
    ("set_atomic()", lambda: t.set_atomic()),
    ("set_atomic(1, 2)", lambda: t.set_atomic(1, 2)),
    ("set_ignore_nesting()", lambda: t.set_ignore_nesting()),
    ("throw(42)", lambda: t.throw(42)),
    ("throw('x')", lambda: t.throw("x")),
    ("throw(int)", lambda: t.throw(int)),
    ("throw(ValueError, None, 42)", lambda: t.throw(ValueError, None, 42)),
    ("throw(ValueError, None, None, False, 5)", lambda: t.throw(ValueError, None, None, False, 5)),
    ("raise_exception()", lambda: t.raise_exception()),
    ("raise_exception(42)", lambda: t.raise_exception(42)),
    ("raise_exception(str)", lambda: t.raise_exception(str)),
    ("insert(1)", lambda: t.insert(1)),
    ("remove(1)", lambda: t.remove(1)),
]
for label, call in cases:
    try:
        call()
        print(label, "no error")
    except TypeError:
        print(label, "TypeError")
print("alive", t.alive, "atomic", t.atomic)
