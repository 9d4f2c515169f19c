# Killing a tasklet blocked deep in nested calls runs every finally block
# on the way out, innermost first, and the killer continues after.
import stackless

ch = stackless.channel()
log = []
def level(n):
    try:
        if n == 0:
            ch.receive()
        else:
            level(n - 1)
    finally:
        log.append("finally %d" % n)

t = stackless.tasklet(level)(3)
stackless.run()
log.append("killing")
t.kill()
log.append("killed, alive %s" % t.alive)
print("\n".join(log))
