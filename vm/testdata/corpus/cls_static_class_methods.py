class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @staticmethod
    def area_of_square(side):
        return side * side
    @classmethod
    def square(cls, side):
        return cls("square %d" % side)
    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count
class Circle(Shape):
    pass
print(Shape.area_of_square(3), Shape("x").area_of_square(4))
s = Shape.square(2)
c = Circle.square(5)
print(s.name, type(s).__name__, c.name, type(c).__name__)
print(Shape.how_many(), Circle.how_many(), c.how_many())
sm = Shape.__dict__["area_of_square"]
cm = Shape.__dict__["square"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(5), callable(sm))
def plain(x):
    return x * 10
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, y: (cls.__name__, y))
print(Holder.f(2), Holder().f(3), Holder.g(1), Holder().g(2))
bound = Circle.how_many
print(bound.__self__ is Circle, bound())
