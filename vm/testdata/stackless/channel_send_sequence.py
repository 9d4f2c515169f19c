# expected: by hand, channels.rst, channel.send_sequence
# (PyPy differs: its send_sequence returns None)
# send_sequence(seq) sends every item, blocking like send, and returns
# the number sent.
import stackless

ch = stackless.channel()
got = []
def collector(n):
    for _ in range(n):
        got.append(ch.receive())

def gen():
    yield "g1"
    yield "g2"

for seq, items in (([1, 2, 3], 3), ((4, 5), 2), (range(6, 9), 3), ("xy", 2),
                   (gen(), 2), ({"k": 1}, 1), ([], 0)):
    n = len(got)
    stackless.tasklet(collector)(items)
    stackless.run()
    count = ch.send_sequence(seq)
    print(type(seq).__name__, "returned", count, "received", got[n:])
print("balance", ch.balance)

# A sender that comes first blocks on each item in turn.
def seq_sender():
    print("sender returned", ch.send_sequence(range(3)))
stackless.tasklet(seq_sender)()
stackless.run()
print("blocked on the first item, balance", ch.balance)
print(ch.receive(), ch.receive(), ch.receive())
stackless.run()
