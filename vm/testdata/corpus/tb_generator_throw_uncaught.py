def worker():
    while True:
        item = yield
        print("processing", item)
w = worker()
next(w)
w.send("job1")
w.throw(TimeoutError("took too long"))
