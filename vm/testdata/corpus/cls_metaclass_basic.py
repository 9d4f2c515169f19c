class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.classes, type(Child).__name__, isinstance(Child, Registry))
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Thing(metaclass=Meta):
    def __init__(self, x):
        self.x = x
t = Thing(7)
print(t.x)
print(type(int), type(type), type(Base), Base.__class__.__name__)
Dyn = type("Dyn", (object,), {"greet": lambda self: "hi from Dyn"})
print(Dyn().greet(), Dyn.__name__)
