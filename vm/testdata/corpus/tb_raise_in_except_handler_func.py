def handler(e):
    raise TypeError("handler failed for " + type(e).__name__)
def work():
    try:
        return [][1]
    except IndexError as e:
        handler(e)
work()
