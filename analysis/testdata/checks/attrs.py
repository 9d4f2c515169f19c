import stackless
import math
import os

stackless.chanel()  # want "module 'stackless' has no attribute 'chanel'; did you mean 'channel'?"
stackless.tasklett  # want "did you mean 'tasklet'"
math.pi
math.tau
math.sqroot(2)  # want "module 'math' has no attribute 'sqroot'"
os.path.join("a", "b")
os.path.jion("a")  # want "did you mean 'join'"
ch = stackless.channel()
ch.recieve()  # want "'channel' object has no attribute 'recieve'; did you mean 'receive'?"
ch.balance
t = stackless.getcurrent()
t.name = "main"
print(t.name, t.alive, t.nxt)  # want "did you mean 'next'"
stackless.current.is_main


class Box:
    limit = 3

    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self.itemz  # want "'Box' object has no attribute 'itemz'; did you mean 'items'?"


b = Box()
b.limit
b.extra = 1
print(b.extra, Box.limit, Box.__name__, Box.lmit)  # want "type object 'Box' has no attribute 'lmit'"
print(stackless.__name__, "".join([]).uper())  # want "did you mean 'upper'"
