class Account:
    def __init__(self):
        self.__secret = "hidden"
        self._protected = "visible"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a._protected, a.call_private())
print(a._Account__secret, sorted(vars(a)))
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "child's own"
    def both(self):
        return self.__secret, self.reveal()
print(Child().both(), sorted(vars(Child())))
class Dunder:
    __special__ = "not mangled"
    __x = "mangled"
print(Dunder.__special__, Dunder._Dunder__x, hasattr(Dunder, "__x"))
