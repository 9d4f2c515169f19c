class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
accts = [Account("ann", 100), Savings("bob", 1000)]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
for a in accts:
    print(a, a.balance, a.log)
for bad in [lambda: accts[0].withdraw(1000), lambda: accts[1].deposit(-5)]:
    try:
        bad()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(accts, key=lambda a: -a.balance))
print(sum(a.balance for a in accts))
