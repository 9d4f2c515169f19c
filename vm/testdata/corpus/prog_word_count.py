text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! Quick, quick, said the bird: the fox is gone."""
words = []
for raw in text.split():
    w = "".join(c for c in raw.lower() if c.isalpha())
    if w:
        words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'*' * n}")
print(len(words), len(counts), max(counts, key=counts.get))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
