# Map/reduce over tasklets: a dispatcher hands out chunks over a work
# channel, mappers send partial word counts to a reducer.
import stackless

text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog and a lazy fox""".split("\n")

work = stackless.channel()
partials = stackless.channel()
DONE = "done"

def mapper(name, log):
    while True:
        line = work.receive()
        if line is DONE:
            partials.send(DONE)
            return
        counts = {}
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
        log.append((name, len(counts)))
        partials.send(counts)

def reducer(n_mappers, result):
    finished = 0
    while finished < n_mappers:
        part = partials.receive()
        if part is DONE:
            finished += 1
            continue
        for w, c in part.items():
            result[w] = result.get(w, 0) + c

def dispatcher(n_mappers):
    for line in text:
        work.send(line)
    for _ in range(n_mappers):
        work.send(DONE)

log = []
result = {}
for i in range(2):
    stackless.tasklet(mapper)("m%d" % i, log)
stackless.tasklet(reducer)(2, result)
stackless.tasklet(dispatcher)(2)
stackless.run()
print(log)
for word in sorted(result, key=lambda w: (-result[w], w)):
    print(word, result[word])
