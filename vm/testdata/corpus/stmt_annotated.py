x: int = 5
y: "str"
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: str = "d", *args: float, c: list = None, **kw: dict) -> bool:
    return a, b, args, c, kw
print(f(1))
print(f(1, "b", 2.0, c=[1], z=3))
class C:
    field: int
    other: str = "o"
    def m(self) -> None:
        self.v: int = 3
        return self.v
print(C.other, C().m())
print(hasattr(C, 'field'))
lst = [0]
lst[0]: int = 9
print(lst)
