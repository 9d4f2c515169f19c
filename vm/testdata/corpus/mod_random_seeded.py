# random: a seeded generator draws CPython's numbers; Random instances have
# their own state; getstate/setstate; CPython's argument errors.
import random


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample('abcdef', 3), random.sample(range(10**6), 3))
print(random.sample(['red', 'blue'], 4, counts=[3, 2]))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices('xyz', cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 10), random.triangular(0, 10, 2), random.triangular())
print(random.getrandbits(1), random.getrandbits(64), random.getrandbits(100))
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12), round(random.normalvariate(), 12))
print(round(random.expovariate(2), 12), round(random.betavariate(2, 3), 12), round(random.gammavariate(2, 1), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12), round(random.vonmisesvariate(1, 4), 12))
print(round(random.lognormvariate(0, 1), 12), random.randbytes(4))

for seed in (0, 1, -7, 2**70, 3.5, 'hello', b'bytes', True):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10**9))

random.seed('hello', version=1)
print(random.random())

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]))

a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 6), b.randint(1, 6), a.choice('xyz'))
random.seed(42)
print(random.random(), random.Random(42).random())


class Loaded(random.Random):
    def loaded(self):
        return self.randint(1, 6)


print(Loaded(7).loaded(), isinstance(Loaded(1), random.Random))

show("random arg", random.random, 1)
show("seed list", random.seed, [1])
show("getrandbits neg", random.getrandbits, -1)
show("randrange str", random.randrange, "a")
show("randrange empty", random.randrange, 0)
show("randrange reversed", random.randrange, 5, 1)
show("randrange zero step", random.randrange, 1, 5, 0)
show("randrange no stop", random.randrange, 10, step=2)
show("randint missing", random.randint, 1)
show("choice empty", random.choice, [])
show("sample set", random.sample, {1, 2}, 1)
show("sample too many", random.sample, [1], 2)
show("sample counts", random.sample, range(5), k=2, counts=[1, 1])
show("choices weights", random.choices, [1, 2], [1])
show("choices both", random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
show("choices empty", random.choices, [])
show("choices zero", random.choices, [1], [0])
show("shuffle tuple", random.shuffle, (1, 2))
show("setstate bad", random.setstate, (5, (), None))
show("expovariate zero", random.expovariate, 0)
