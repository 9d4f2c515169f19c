import stackless

# super() forwards to the next class in the method resolution order, so
# its attributes are those of the base classes, built-in or not.


class Counting(stackless.channel):
    def receive(self):
        return super().receive()

    def send(self, value):
        return super(Counting, self).send(value)


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return super().hello() + super().__class__.__name__

    def bad(self):
        return self.helo()  # want "'Child' object has no attribute 'helo'; did you mean 'hello'?"


class Things(list):
    def append(self, x):
        super().append(x)
        super().appendd(x)  # want "'super' object has no attribute 'appendd'; did you mean 'append'?"

    def size(self):
        return super(Things, self).__len__() + super().sizee  # want "'super' object has no attribute 'sizee'"


# A mixin's super() goes on to the class it is mixed into.
class Mixin:
    def greet(self):
        return "mixin>" + super().greet()


class Core:
    def greet(self):
        return "core"


class Both(Mixin, Core):
    pass


class Alone:
    def greet(self):
        return super().greet()  # want "'super' object has no attribute 'greet'"


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __new__(cls):
        return object.__new__(cls)


print(Both().greet(), [1].__len__(), (3).__add__(4), "ab".__contains__("a"), {}.__setitem__)
print(object.__getattribute__(Made(), "__class__"), (1.5).__trunc__(), [].__lenn__)  # want "did you mean '__len__'"
