# expected: by hand, scheduler.rst, Pre-emptive scheduling (the idiom that reinserts the interrupted tasklet)
# (PyPy differs: its run() takes no timeout)
# Three tasklets that never yield, run with a timeout and reinserted each
# time: they are interrupted in turn, a, b, c, a, b, c, ... and all finish.
import stackless

def spin(name, n, done):
    total = 0
    for i in range(n):
        total += i
    done.append((name, total))

done = []
names = {}
for name in "abc":
    names[stackless.tasklet(spin)(name, 30000, done)] = name
victims = []
while True:
    t = stackless.run(200)
    if t is None:
        break
    victims.append(names[t])
    t.insert()
print("first victims", "".join(victims[:6]))
print("strict rotation", all(victims[i] == "abc"[i % 3] for i in range(min(len(victims), 9))))
print(done)
