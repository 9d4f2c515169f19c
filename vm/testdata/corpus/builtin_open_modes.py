p = "/tmp/tasklet_corpus_open_modes.txt"
with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(p) as f:
    print(f.readline(), end="|")
    print(f.read(1), end="|")
    print(repr(f.read()))
with open(p) as f:
    print([l.rstrip("\n") for l in f])
with open(p, "a") as f:
    print(f.write("\nd"))
with open(p) as f:
    lines = f.readlines()
print(lines, len(lines))
with open(p, "w") as f:
    f.write("héllo wörld\n")
with open(p, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(p, encoding="utf-8") as f:
    s = f.read()
print(s, len(s))
f = open(p)
print(f.closed)
f.close()
print(f.closed)
try:
    with open(p) as f:
        raise RuntimeError("inside with")
except RuntimeError:
    print("file closed after error:", f.closed)
try:
    open(p, "q")
except ValueError as e:
    print(type(e).__name__, e)
