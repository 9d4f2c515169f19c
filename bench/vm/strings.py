# String building and splitting: str(), f-strings, += on short strings,
# join, split, and counting the pieces in a dict.
# Usage: strings.py [N]   (default 200000 pieces)
#
# Each line is built with += from 10 pieces and the lines are joined, rather
# than growing one long string with +=: CPython makes that pattern linear
# only through a reference-count trick, and it is not what this measures.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000


def build_join(n):
    parts = []
    for i in range(n):
        parts.append("w" + str(i % 1000))
    return " ".join(parts)


def build_lines(n):
    lines = []
    k = 0
    for _ in range(n // 10):
        line = ""
        for _ in range(10):
            line += f"{k % 97},"
            k += 1
        lines.append(line)
    return "\n".join(lines)


text = build_join(N)
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
csv = build_lines(N)
total = 0
nfields = 0
for line in csv.split("\n"):
    for f in line.split(","):
        if f:
            total += int(f)
            nfields += 1
upper = text[:30].upper().replace("W", "x")
print("strings", N, len(text), len(words), len(freq), len(csv), nfields, total, upper)
