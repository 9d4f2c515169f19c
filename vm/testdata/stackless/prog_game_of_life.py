# Conway's game of life with one tasklet per cell. Each generation the
# main tasklet tells every cell to go; a cell hands its state to its eight
# neighbours (a small courier tasklet per message, so that nobody waits),
# reads theirs, updates itself and reports done.
import stackless

W, H = 6, 6
start = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}  # a glider
alive = {(x, y): (x, y) in start for x in range(W) for y in range(H)}
inbox = {pos: stackless.channel() for pos in alive}
go = {pos: stackless.channel() for pos in alive}
done = stackless.channel()

def neighbours(x, y):
    return [((x + dx) % W, (y + dy) % H) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]

def cell(pos):
    while go[pos].receive():
        state = alive[pos]
        for n in neighbours(*pos):
            stackless.tasklet(inbox[n].send)(state)
        count = sum(inbox[pos].receive() for _ in range(8))
        alive[pos] = count == 3 or (state and count == 2)
        done.send(pos)

def show():
    for y in range(H):
        print("".join("#" if alive[(x, y)] else "." for x in range(W)))

for pos in alive:
    stackless.tasklet(cell)(pos)
show()
for g in range(4):
    for pos in alive:
        go[pos].send(True)
    for _ in alive:
        done.receive()
    print("generation", g + 1)
    show()
for pos in alive:
    go[pos].send(False)
stackless.run()
print("cells left", stackless.getruncount() - 1)
