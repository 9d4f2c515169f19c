class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Conflict(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def who(self):
        return "Left"
class Right:
    def who(self):
        return "Right"
    def only_right(self):
        return "right-only"
class Both(Left, Right): pass
b = Both()
print(b.who(), b.only_right(), [c.__name__ for c in Both.__mro__])
class Diamond_Top:
    def hello(self):
        return ["Top"]
class DL(Diamond_Top):
    def hello(self):
        return ["DL"] + super().hello()
class DR(Diamond_Top):
    def hello(self):
        return ["DR"] + super().hello()
class Bottom(DL, DR):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello())
try:
    class FromInt(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
