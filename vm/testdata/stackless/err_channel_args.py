# expected: by hand, channels.rst, class channel (the signatures of its methods)
# (PyPy differs: several of these methods are missing or take other arguments)
# Wrong arguments to channel methods are TypeErrors, raised before
# anything blocks; the channel is unchanged.
import stackless

ch = stackless.channel()
cases = [
    ("send()", lambda: ch.send()),
    ("send(1, 2)", lambda: ch.send(1, 2)),
    ("receive(1)", lambda: ch.receive(1)),
    ("send_exception()", lambda: ch.send_exception()),
    ("send_exception(42)", lambda: ch.send_exception(42)),
    ("send_exception(int)", lambda: ch.send_exception(int)),
    ("send_throw()", lambda: ch.send_throw()),
    ("send_throw(42)", lambda: ch.send_throw(42)),
    ("send_throw(ValueError, None, 42)", lambda: ch.send_throw(ValueError, None, 42)),
    ("send_sequence()", lambda: ch.send_sequence()),
    ("send_sequence(42)", lambda: ch.send_sequence(42)),
    ("close(1)", lambda: ch.close(1)),
    ("open(1)", lambda: ch.open(1)),
]
for label, call in cases:
    try:
        call()
        print(label, "no error")
    except TypeError:
        print(label, "TypeError")
print("balance", ch.balance, "closing", ch.closing)
