# Merge sorted streams: each source tasklet sends its sorted numbers on
# its own channel; the merger keeps one head per stream.
import stackless

def source(ch, numbers):
    for n in numbers:
        ch.send(n)
    ch.send(None)

def merge(chans, out):
    heads = [c.receive() for c in chans]
    while any(h is not None for h in heads):
        i = min((h, i) for i, h in enumerate(heads) if h is not None)[1]
        out.append(heads[i])
        heads[i] = chans[i].receive()

streams = [[1, 4, 9, 16, 25], [2, 3, 5, 7, 11, 13], [], [0, 100]]
chans = [stackless.channel() for _ in streams]
for c, s in zip(chans, streams):
    stackless.tasklet(source)(c, s)
out = []
stackless.tasklet(merge)(chans, out)
stackless.run()
print(out)
print(out == sorted(sum(streams, [])))
