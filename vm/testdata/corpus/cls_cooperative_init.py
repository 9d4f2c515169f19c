class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
        super().__init__()
class Named(Base):
    def __init__(self, name=None, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
p = Person(name="ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
