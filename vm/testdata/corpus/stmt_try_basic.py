def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print("zero div")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error", r)
    finally:
        print("finally")
attempt(lambda: 1 / 0)
attempt(lambda: {}['k'])
attempt(lambda: [][3])
attempt(lambda: int('x'))
attempt(lambda: 42)
try:
    raise ValueError("bare")
except:
    print("bare except caught")
e = "before"
try:
    raise KeyError(1)
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as t:
    print("outer caught", t)
