# The concurrent prime sieve: a generator tasklet feeds numbers into a
# chain of filter tasklets, one per prime found, each on its own channel.
import stackless

def generate(out, limit):
    for i in range(2, limit):
        out.send(i)
    out.send(None)

def filter_multiples(inp, out, prime):
    while True:
        n = inp.receive()
        if n is None:
            out.send(None)
            return
        if n % prime:
            out.send(n)

def sieve(limit, found):
    ch = stackless.channel()
    stackless.tasklet(generate)(ch, limit)
    while True:
        prime = ch.receive()
        if prime is None:
            return
        found.append(prime)
        nxt = stackless.channel()
        stackless.tasklet(filter_multiples)(ch, nxt, prime)
        ch = nxt

found = []
stackless.tasklet(sieve)(120, found)
stackless.run()
print(found)
print(len(found), "primes below 120")
