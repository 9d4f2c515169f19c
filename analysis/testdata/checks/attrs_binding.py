# A lambda in a class body binds like a method; a metaclass method reached
# through a class is bound to it; a private name is reachable in its
# mangled form.


class C:
    lam = lambda self: 1

    def __init__(self):
        self.__secret = "hidden"


class Dunder:
    __x = "mangled"


print(C().lam(), C.mro(), C()._C__secret, Dunder._Dunder__x)
print(C().lam(2))  # want "<lambda>() takes 1 positional argument but 2 were given"
print(Dunder._Dunder__y)  # want "type object 'Dunder' has no attribute '_Dunder__y'"
