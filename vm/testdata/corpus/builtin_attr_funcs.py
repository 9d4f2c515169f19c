class O:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = O()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "cls_attr"), hasattr(O, "x"))
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(O, "cls_attr"))
try:
    getattr(o, "y")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "y", 2)
print(o.y, getattr(o, "y"))
setattr(O, "new", "added")
print(o.new)
delattr(o, "y")
print(hasattr(o, "y"))
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append").__name__)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    O.missing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "with space", 3)
print(getattr(o, "with space"), vars(o))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
