# Bank accounts as actors: each account is a tasklet that owns its
# balance and serves messages from its mailbox; transfers go through a
# teller that talks to both accounts.
import stackless

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.mailbox = stackless.channel()
        self.task = stackless.tasklet(self.serve)()

    def serve(self):
        while True:
            op, amount, reply = self.mailbox.receive()
            if op == "close":
                reply.send(self.balance)
                return
            if op == "withdraw":
                if amount > self.balance:
                    reply.send(False)
                    continue
                self.balance -= amount
                reply.send(True)
            elif op == "deposit":
                self.balance += amount
                reply.send(True)
            elif op == "balance":
                reply.send(self.balance)

    def ask(self, op, amount=0):
        reply = stackless.channel()
        self.mailbox.send((op, amount, reply))
        return reply.receive()

def teller(transfers, log):
    for src, dst, amount in transfers:
        if src.ask("withdraw", amount):
            dst.ask("deposit", amount)
            log.append("%s -> %s: %d" % (src.name, dst.name, amount))
        else:
            log.append("%s -> %s: %d refused" % (src.name, dst.name, amount))

a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
log = []
stackless.tasklet(teller)([(a, b, 30), (b, c, 70), (c, a, 100), (a, c, 80)], log)
stackless.tasklet(teller)([(b, a, 10), (c, b, 5), (a, b, 1000)], log)
stackless.run()
print("\n".join(log))
totals = [acct.ask("close") for acct in (a, b, c)]
print(totals, sum(totals))
stackless.run()
print([acct.task.alive for acct in (a, b, c)])
