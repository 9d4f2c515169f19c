# expected: by hand, tasklets.rst, tasklet.switch ("raw scheduling without involving the scheduling queue")
# (PyPy differs: its switch() leaves the caller in the run queue)
# Two tasklets hand control to each other with switch(): the one that
# switches away is paused, so only the pair takes turns, while a third
# tasklet in the run queue waits.
import stackless

main = stackless.getmain()
log = []
def partner():
    for i in range(3):
        log.append("partner %d, main paused %s" % (i, main.paused))
        main.switch()
    log.append("partner ends")

def bystander():
    log.append("bystander runs")

p = stackless.tasklet(partner)()
p.remove()
stackless.tasklet(bystander)()
for i in range(3):
    p.switch()
    log.append("main %d, partner paused %s, runcount %d" % (i, p.paused, stackless.getruncount()))
p.switch()
log.append("main last, partner alive %s" % p.alive)
stackless.run()
print("\n".join(log))
