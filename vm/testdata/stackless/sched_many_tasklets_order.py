# 200 tasklets that each yield 3 times run in strict rotation.
import stackless

log = []
def w(i):
    for step in range(3):
        log.append((step, i))
        stackless.schedule()

N = 200
for i in range(N):
    stackless.tasklet(w)(i)
stackless.run()
print(len(log))
print(log == [(step, i) for step in range(3) for i in range(N)])
print(log[:3], log[-3:])
