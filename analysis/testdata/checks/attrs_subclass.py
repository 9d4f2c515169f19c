# A base class may read through self what only its subclasses define.


class Agent:
    def __init__(self, name):
        self.name = name
        print(self.behave, self.nmae)  # want "'Agent' object has no attribute 'nmae'; did you mean 'name'?"


class Elf(Agent):
    def behave(self):
        return "work"


Elf("e")
print(Agent("a").behave)  # want "'Agent' object has no attribute 'behave'"
