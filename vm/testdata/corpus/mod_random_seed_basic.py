import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), round(random.uniform(1, 2), 10))
random.seed("text seed")
print([random.randint(0, 9) for _ in range(10)])
r = random.Random(7)
print(r.random(), r.getrandbits(64), r.choices("xyz", k=5))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
