# Clients send requests with their own reply channel to a server tasklet,
# which answers each on the channel that came with it.
import stackless

requests = stackless.channel()

def server():
    handled = 0
    while True:
        op, args, reply = requests.receive()
        if op == "stop":
            reply.send(handled)
            return
        handled += 1
        if op == "add":
            reply.send(sum(args))
        elif op == "mul":
            r = 1
            for a in args:
                r *= a
            reply.send(r)
        else:
            reply.send("unknown op " + op)

def client(name, calls, log):
    reply = stackless.channel()
    for op, args in calls:
        requests.send((op, args, reply))
        log.append("%s %s%s = %s" % (name, op, args, reply.receive()))

log = []
stackless.tasklet(server)()
stackless.tasklet(client)("c1", [("add", (1, 2, 3)), ("mul", (2, 3, 4))], log)
stackless.tasklet(client)("c2", [("mul", (5, 5)), ("pow", (2, 8)), ("add", ())], log)
stackless.run()
done = stackless.channel()
requests.send(("stop", (), done))
print("\n".join(log))
print("handled", done.receive())
