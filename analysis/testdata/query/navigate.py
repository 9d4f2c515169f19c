import stackless  # @mark(imp, "stackless")
from collections import deque

CAPACITY = 4  # @mark(cap, "CAPACITY")
queue = deque()


class Worker:  # @mark(worker, "Worker")
    """Pulls jobs from a channel."""

    def __init__(self, ch: stackless.channel):  # @mark(init_ch, "ch")
        self.ch = ch  # @mark(self_ch, "ch =") @refs("ch =", self_ch, use_ch)
        self.done = 0

    def step(self):  # @mark(step, "step")
        job = self.ch.receive()  # @mark(use_ch, "ch.") @def("ch.", self_ch) @hover("receive", "Receive a value")
        self.done += 1
        return job


def make(n):  # @mark(make, "make") @hover("make", "def make(n)")
    if n > CAPACITY:  # @def("CAPACITY", cap) @hover("CAPACITY", "(variable) CAPACITY: int")
        n = CAPACITY  # @mark(n2, "n =")
    return Worker(stackless.channel())  # @def("Worker", worker) @hover("channel", "rendezvous") @def("stackless", imp)


w = make(2)  # @refs("make", make, call_make) @mark(call_make, "make") @hover("w", "Worker")
w.step()  # @def("step", step) @hover("step", "(method) def Worker.step(self)")
print(w.done, queue)  # @hover("queue", "deque") @hover("print", "Write the values")
t = stackless.getcurrent()  # @hover("getcurrent", "-> tasklet") @hover("t", "tasklet")
stackless.run()  # @hover("stackless", "(module) stackless") @hover("run", "until none is runnable")
print(t.alive)  # @hover("alive", "True until")
w.st  # @complete("w.st", "step") @nocomplete("w.st", "done")
w.  # @complete("w.", "ch", "done", "step") @nocomplete("w.", "__init__")
w.__  # @complete("w.__", "__init__", "__class__")
stackless.ch  # @complete("stackless.ch", "channel")
stackless.getcurrent().  # @complete("stackless.getcurrent().", "kill", "alive")
Wor  # @complete("Wor", "Worker") @nocomplete("Wor", "print")
wh  # @complete("wh", "while")


def scope_names(param):
    local = 1
    return local + param  # @complete("return l", "local", "len", "lambda") @complete("return local + p", "param", "print")
