# Split a sum over worker tasklets that yield between chunks; partial
# sums come back over one results channel, in completion order.
import stackless

results = stackless.channel()
def worker(wid, numbers, chunk):
    total = 0
    for i in range(0, len(numbers), chunk):
        total += sum(numbers[i:i + chunk])
        stackless.schedule()
    results.send((wid, total))

data = list(range(1, 1001))
workers = 4
size = len(data) // workers
for w in range(workers):
    stackless.tasklet(worker)(w, data[w * size:(w + 1) * size], 10 * (w + 1))
parts = [results.receive() for _ in range(workers)]
print(parts)
print(sum(p for _, p in parts), sum(data))
