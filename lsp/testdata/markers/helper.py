"""Helpers that prog.py imports."""


class Pool:  # @mark(pool, "Pool") @symbol("Pool", "Class") @wsymbol("Poo", "Pool")
    """A pool of workers."""

    def take(self):  # @mark(take, "take") @symbol("take", "Method") @fold("def", take_end)
        return 1  # @mark(take_end, "return")


def start(n):  # @mark(start, "start") @symbol("start", "Function") @incoming("start", "prog.py") @outgoing("start", "Pool")
    return Pool()  # @mark(start_pool, "Pool")
