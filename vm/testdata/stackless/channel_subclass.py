# expected: by hand, channels.rst, class channel (LANGUAGE.md: tasklet and channel can be subclassed)
# (PyPy differs: its channel defines __str__, so print() ignores the subclass's __repr__)
# A channel subclass adds behaviour around send and receive and keeps
# the channel's attributes.
import stackless

class CountingChannel(stackless.channel):
    label = "counting"

    def __init__(self):
        stackless.channel.__init__(self)
        self.sent = 0
        self.received = 0

    def send(self, value):
        self.sent += 1
        return stackless.channel.send(self, value)

    def receive(self):
        v = super().receive()
        self.received += 1
        return v

    def __repr__(self):
        return "<%s sent=%d received=%d balance=%d>" % (self.label, self.sent, self.received, self.balance)

ch = CountingChannel()
print(ch, isinstance(ch, stackless.channel), ch.preference)
def producer():
    for i in range(3):
        ch.send(i)
def consumer():
    for _ in range(3):
        print("got", ch.receive(), ch)
stackless.tasklet(producer)()
stackless.tasklet(consumer)()
stackless.run()
print(ch)
