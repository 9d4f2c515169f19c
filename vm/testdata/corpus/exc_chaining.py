def show(e):
    chain = []
    while e is not None:
        chain.append("%s(%s) cause=%s ctx=%s sup=%s" % (type(e).__name__, e, type(e.__cause__).__name__,
                     type(e.__context__).__name__, e.__suppress_context__))
        e = e.__cause__ or e.__context__
    print(" <- ".join(chain))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as v:
    show(v)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as i:
    show(i)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None
except TypeError as t:
    show(t)
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise KeyError("b")
    except KeyError:
        raise RuntimeError("c")
except RuntimeError as r:
    show(r)
try:
    try:
        raise ValueError("in finally?")
    finally:
        pass
except ValueError as v:
    show(v)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set")
print(e1.__cause__, e1.__suppress_context__)
try:
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise e
except ValueError as e2:
    show(e2)
