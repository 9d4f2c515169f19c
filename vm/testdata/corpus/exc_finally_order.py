log = []
def f():
    try:
        log.append("try")
        raise ValueError("v")
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
print(f(), log)
def g():
    try:
        pass
    except Exception:
        log.append("no")
    else:
        log.append("else-g")
        raise KeyError("from else")
    finally:
        log.append("finally-g")
try:
    g()
except KeyError as e:
    print("caught", e, log)
def h():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    h()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def nested():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
            finally:
                print("inner finally", i)
        except IndexError as e:
            print("caught", e)
        finally:
            print("outer finally", i)
nested()
