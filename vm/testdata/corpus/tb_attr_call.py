class Thing:
    def __init__(self):
        self.items = None
    def first(self):
        return self.items.copy()
t = Thing()
result = t.first()
