# A method call goes through a __getattribute__ written in Python, and an
# instance attribute shadows a method of the same name.
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def hello(self):
        return "hello"


obj = Logged()
print(obj.hello())


class Plain:
    def greet(self):
        return "method"


p = Plain()
print(p.greet())
p.greet = lambda: "instance"
print(p.greet())
Plain.greet = lambda self: "patched"
del p.greet
print(p.greet())
