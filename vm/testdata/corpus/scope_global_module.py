counter = 0
items = []
def mutate():
    items.append(len(items))
def rebind():
    global counter
    counter = counter + 1
def shadow():
    counter = 100
    return counter
for _ in range(3):
    mutate()
    rebind()
print(counter, items, shadow(), counter)
def read_global():
    return counter * 2
print(read_global())
def define_in_func():
    global brand_new
    brand_new = "made in function"
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
define_in_func()
print(brand_new)
def builtins_shadow():
    len = lambda x: "shadowed"
    return len([1])
print(builtins_shadow(), len([1]))
print = print
def uses_print():
    print("global print ok")
uses_print()
def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print(type(e).__name__, e)
