path = "/tmp/tasklet_corpus_open_files.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
    print("wrote", n)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended")
f = open(path)
print(f.read().splitlines())
f.close()
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:8], len(data))
with open(path, "wb") as f:
    f.write(b"\x00\x01bin")
with open(path, "rb") as f:
    print(f.read())
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    print("via print", 1, file=f)
print(open(path).read(), end="")
