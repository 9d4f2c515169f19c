import stackless

def careful():
    try:
        int("x")
    except ValueError:
        pass

def careless(d):
    return d["missing"]

careful()
stackless.tasklet(careless)({})
stackless.run()
