import os, os.path, time
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(os.path.splitext("arch.tar.gz"), os.path.split("/a/b"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.exists("/definitely/not/there"), os.path.normpath("a//b/../c/./d"), os.sep)
p = "/tmp/tasklet_corpus_os_path.txt"
with open(p, "w") as f:
    f.write("x")
print(os.path.exists(p), os.path.isfile(p), os.path.isdir("/tmp"), os.path.getsize(p))
os.remove(p)
print(os.path.exists(p))
t0 = time.time()
t1 = time.time()
print(t1 >= t0, type(t0).__name__, type(time.perf_counter()).__name__, time.monotonic() >= 0)
print(type(os.getcwd()).__name__, isinstance(os.environ.get("PATH", ""), str))
