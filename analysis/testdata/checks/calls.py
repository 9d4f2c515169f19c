import stackless


def two(a, b):
    return a + b


def opt(a, b=1, *, key=None):
    return a, b, key


def star(*args, **kwargs):
    return args, kwargs


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def move(self, dx):
        return Point(self.x + dx, self.y)


class Plain:
    pass


two(1)  # want "two() missing 1 required positional argument: 'b'"
two(1, 2, 3)  # want "two() takes 2 positional arguments but 3 were given"
opt(1, 2, 3)  # want "opt() takes from 1 to 2 positional arguments but 3 were given"
opt(1, kye=2)  # want "did you mean 'key'"
opt(1, a=2)  # want "got multiple values for argument 'a'"
star(1, 2, x=3)
two(*[1, 2])
two(**{"a": 1, "b": 2})
Point()  # want "Point.__init__() missing 1 required positional argument: 'x'"
Point(1, 2, 3)  # want "Point.__init__() takes from 2 to 3 positional arguments but 4 were given"
p = Point(1)
p.move()  # want "Point.move() missing 1 required positional argument: 'dx'"
p.move(1)
Point.move(p, 2)
Plain(1)  # want "Plain() takes no arguments"
len()  # want "len() missing 1 required positional argument: 'obj'"
len([], [])  # want "len() takes 1 positional argument but 2 were given"
print(1, 2, sep="", end="")
print(1, sepp="")  # want "did you mean 'sep'"
sorted([3, 1], key=len, reverse=True)
ch = stackless.channel()
ch.send()  # want "TL004" "channel.send() missing 1 required positional argument: 'value'"
stackless.run(100, totaltimeout=True)
stackless.schedule(1, 2)  # want "schedule() takes from 0 to 1 positional arguments but 2 were given"
"a,b".split(",", 1)
[].append(1, 2)  # want "list.append() takes 2 positional arguments but 3 were given"
