def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except (TypeError, ValueError):
        return "type-or-value"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError(), IndexError(), LookupError(), TypeError(), ValueError(), ZeroDivisionError(), OverflowError(), RuntimeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x")]:
    print(classify(exc))
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("tuple variable:", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
