def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % kv for kv in vars(self).items()))
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    orig = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_repr
@count_instances
class Item:
    def __init__(self, name, qty=1):
        self.name = name
        self.qty = qty
print(Item("a"), Item("b", qty=3), Item.created)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
