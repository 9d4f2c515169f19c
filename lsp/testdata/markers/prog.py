import stackless  # @mark(imp, "stackless") @lens("Run") @lens("Debug") @token("stackless", "namespace", "declaration", "stackless")
import os  # @diag("unused-import") @fix("os", "Remove unused import", "")
import helper  # @mark(imp_helper, "helper") @complete("import hel", "helper")
from helper import start  # @mark(imp_start, "start")


def worker(ch, n):  # @mark(worker, "worker") @mark(ch_param, "ch") @symbol("worker", "Function") @fold("def", worker_end)
    total = 0  # @mark(total, "total")
    for i in range(n):
        total += i  # @mark(total2, "total") @highlight("total", total, total2, total3)
    ch.send(total)  # @mark(ch_use, "ch") @mark(total3, "total") @mark(worker_end, "ch") @refs("ch", ch_param, ch_use)


pool = start(2)  # @def("start", start) @decl("start", start) @typedef("pool", pool) @inlay("pool", ": Pool") @mark(pool_def, "pool") @rename("pool", "workers", pool_def, pool_use)
pool.take()  # @mark(pool_use, "pool") @def("take", take) @hover("take", "def Pool.take(self)") @token("take", "method")
channel = stackless.channel()  # @mark(chan, "channel") @inlay("channel", ": channel") @token("channel", "variable", "declaration") @hover("stackless", "(module) stackless")
stackless.tasklet(worker)(channel, 3)  # @hover("tasklet", "A lightweight thread") @token("tasklet", "class", "defaultLibrary", "stackless")
print(channel.receive())  # @complete("channel.re", "receive") @nocomplete("channel.re", "send") @norename("print") @resolve("channel.re", "receive", "Receive a value") @select("receive", "channel.receive()")
stackless.tasklet(worker(channel, 1))  # @diag("TL002") @fix("worker(", "Pass the function and its arguments separately", "stackless.tasklet(worker)(channel, 1)")
helper.Pool().take()  # @signature("take(", "Pool.take()", 0)
stackless.chanel()  # @diag("unknown-attribute") @fix("chanel", "Change to 'channel'", "channel")


def idle():
    pass


stackless.tasklet(idle)  # @diag("TL001") @fix("tasklet", "Schedule the tasklet: add ()", "()")
print(1 +)  # @diag("SyntaxError")


def broken(:  # @diag("SyntaxError")
    return
