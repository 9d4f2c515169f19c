def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n
for n in range(3):
    try:
        try:
            print("result", risky(n))
        except ValueError as e:
            print("inner handled", e)
            raise TypeError("converted") from e
        finally:
            print("inner finally", n)
    except TypeError as e:
        print("outer TypeError", e, "cause:", repr(e.__cause__))
    except KeyError as e:
        print("outer KeyError", e)
    else:
        print("outer else", n)
def cleanup_order():
    try:
        try:
            raise IndexError("deep")
        except IndexError:
            try:
                raise ValueError("deeper")
            except ValueError as v:
                print("deeper handled; context =", repr(v.__context__))
            print("still in IndexError handler")
            raise
    except IndexError as e:
        print("re-raised original:", repr(e))
cleanup_order()
