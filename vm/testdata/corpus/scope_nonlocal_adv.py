def bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("d", n))
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        history.append(("w", n))
    def report():
        return balance, history
    return deposit, withdraw, report
d, w, r = bank()
d(100); w(30)
try:
    w(500)
except ValueError as e:
    print(e)
print(r())
def gen_with_nonlocal():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for i in range(5):
        add(i)
    return total
print(gen_with_nonlocal())
def loop_closures():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return [f() for f in out]
print(loop_closures())
def nonlocal_in_loop():
    n = 0
    def bump():
        nonlocal n
        n += 1
    while n < 5:
        bump()
    return n
print(nonlocal_in_loop())
def two_levels():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 5
        b()
        b()
    a()
    return x
print(two_levels())
