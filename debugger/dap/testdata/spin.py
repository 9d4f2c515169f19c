import stackless

out = []

def spin(name):
    for i in range(3):
        n = 0
        while n < 2000:
            n += 1
        out.append(name)

stackless.tasklet(spin)("a")
stackless.tasklet(spin)("b")
stackless.run()
print(out)
