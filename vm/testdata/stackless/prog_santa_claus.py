# The Santa Claus problem with agents: Santa sleeps until all nine
# reindeer are back (they take priority) or three elves need help. Every
# agent is an object with its own tasklet; they talk over channels.
import stackless

class Agent:
    def __init__(self, name):
        self.name = name
        self.inbox = stackless.channel()
        stackless.tasklet(self.behave)()

class Santa(Agent):
    def __init__(self, rounds):
        self.rounds = rounds
        self.reindeer_ch = stackless.channel()
        self.elf_ch = stackless.channel()
        self.log = []
        Agent.__init__(self, "Santa")

    def behave(self):
        for _ in range(self.rounds):
            # Reindeer first: serve them whenever all nine are waiting.
            if self.reindeer_ch.balance >= 9:
                deer = [self.reindeer_ch.receive() for _ in range(9)]
                self.log.append("deliver toys with " + ",".join(d.name for d in deer))
                for d in deer:
                    d.inbox.send("harness")
            elif self.elf_ch.balance >= 3:
                elves = [self.elf_ch.receive() for _ in range(3)]
                self.log.append("help " + ",".join(e.name for e in elves))
                for e in elves:
                    e.inbox.send("helped")
            else:
                self.log.append("sleeps")
                stackless.schedule()

class Reindeer(Agent):
    def __init__(self, name, santa, trips):
        self.santa = santa
        self.trips = trips
        Agent.__init__(self, name)

    def behave(self):
        for trip in range(self.trips):
            for _ in range(len(self.name)):
                stackless.schedule()  # holiday in the tropics
            self.santa.reindeer_ch.send(self)
            self.inbox.receive()

class Elf(Agent):
    def __init__(self, name, santa, problems):
        self.santa = santa
        self.problems = problems
        self.helped = 0
        Agent.__init__(self, name)

    def behave(self):
        for _ in range(self.problems):
            stackless.schedule()  # work on toys
            self.santa.elf_ch.send(self)
            if self.inbox.receive() == "helped":
                self.helped += 1

santa = Santa(rounds=12)
deer_names = ["Dasher", "Dancer", "Prancer", "Vixen", "Comet", "Cupid", "Donner", "Blitzen", "Rudolph"]
reindeer = [Reindeer(n, santa, 1) for n in deer_names]
elves = [Elf("elf%d" % i, santa, 2) for i in range(6)]
stackless.run()
for line in santa.log:
    print(line)
print("elves helped", [e.helped for e in elves])
print("reindeer waiting", santa.reindeer_ch.balance, "elves waiting", santa.elf_ch.balance)
