# A text pipeline: a reader sends lines with send_sequence, a splitter
# turns lines into words, a counter tallies them; None ends each stage.
import stackless

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

def reader(out):
    out.send_sequence(text.split("\n"))
    out.send(None)

def splitter(inp, out):
    while True:
        line = inp.receive()
        if line is None:
            out.send(None)
            return
        out.send_sequence(w.strip(",.").lower() for w in line.split())

def counter(inp, result):
    while True:
        w = inp.receive()
        if w is None:
            return
        result[w] = result.get(w, 0) + 1

lines, words = stackless.channel(), stackless.channel()
result = {}
stackless.tasklet(reader)(lines)
stackless.tasklet(splitter)(lines, words)
stackless.tasklet(counter)(words, result)
stackless.run()
for w, n in sorted(result.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, n)
