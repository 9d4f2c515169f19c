def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
e2 = ValueError("no tb")
print(e2.__traceback__, e2.__cause__, e2.__context__, e2.__suppress_context__)
try:
    raise e2
except ValueError as caught:
    print(caught is e2, caught.__traceback__ is not None)
e3 = KeyError("k").with_traceback(None)
print(repr(e3))
