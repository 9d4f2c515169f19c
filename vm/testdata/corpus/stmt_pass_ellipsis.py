def todo():
    ...
def todo2():
    pass
class Empty:
    ...
print(todo(), todo2(), Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), bool(...))
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = ...
print(x)
