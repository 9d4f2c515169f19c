class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm(" + cls.__name__ + ")"
    @staticmethod
    def sm():
        return "A.sm"
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    @classmethod
    def cm(cls):
        return "B>" + super(B, cls).cm()
class C(B):
    def who(self):
        return "C>" + super().who()
    def sm_via_super(self):
        return super().sm()
c = C()
print(c.who(), C.cm(), c.sm_via_super(), super(C, c).who(), super(B, c).who())
print(type(super(C, c)).__name__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "D(" + super().__repr__().split(" ")[0].lstrip("<") + ")"
print(D().ok, repr(D()))
