def gen(n):
    for i in range(n):
        if i == 2:
            raise ValueError("gen failed at %d" % i)
        yield i
for v in gen(5):
    print(v)
