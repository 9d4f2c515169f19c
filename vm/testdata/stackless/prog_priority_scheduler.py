# A priority scheduler on top of stackless: tasklets wait with
# schedule_remove() and a dispatcher inserts the most urgent one each
# time the run queue empties.
import stackless
import heapq

waiting = []
seq = [0]
def wait(priority):
    seq[0] += 1
    heapq.heappush(waiting, (priority, seq[0], stackless.getcurrent()))
    stackless.schedule_remove()

log = []
def job(name, priority, steps):
    for i in range(steps):
        wait(priority)
        log.append("%s step %d" % (name, i))

for name, prio, steps in (("low", 5, 2), ("high", 1, 3), ("mid", 3, 2), ("high2", 1, 1)):
    stackless.tasklet(job)(name, prio, steps)
stackless.run()
rounds = 0
while waiting:
    prio, _, t = heapq.heappop(waiting)
    t.insert()
    stackless.run()
    rounds += 1
print("\n".join(log))
print("rounds", rounds)
