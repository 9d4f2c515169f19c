class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "ann", "age": 3}))
print("{name} has {pets}".format_map(Default(name="bob")))
print("{0}-{0}-{1}".format("a", "b"), "{x[0]}{x[1]}".format(x="hi"))
tmpl = "{:>{width}}|{:<{width}}|"
print(tmpl.format("r", "l", width=5))
print("{!r:^10}".format("s"), "{0:>{1}.{2}f}".format(3.14159, 10, 3))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: "fmt(" + spec + ")"})()))
