class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
with CM("outer"):
    with CM("inner") as c:
        c.missing()
