# math: the exact integer functions and the exact sums and products.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), str(math.factorial(1000))[:20])
show("factorial -1", math.factorial, -1)
show("factorial 5.0", math.factorial, 5.0)
show("factorial str", math.factorial, "5")
show("factorial huge", math.factorial, 10**30)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
show("gcd float", math.gcd, 1.5)
show("lcm float", math.lcm, 1.0)
print(math.comb(5, 2), math.comb(10, 0), math.comb(5, 7), math.comb(50, 25), math.comb(100, 98))
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(5, None), math.perm(20, 10))
show("comb -1", math.comb, -1, 2)
show("comb k -2", math.comb, 3, -2)
show("comb float", math.comb, 10, 3.0)
show("perm k -1", math.perm, 3, -1)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127))
show("isqrt -1", math.isqrt, -1)
show("isqrt 2.0", math.isqrt, 2.0)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1, 2, 3]), math.fsum([math.inf, 1]), math.fsum([1e308, -1e308, 1e308]))
show("fsum overflow", math.fsum, [1e308, 1e308])
show("fsum inf-inf", math.fsum, [math.inf, -math.inf])
show("fsum str", math.fsum, ["a"])
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod(["ab", 3]), math.prod([[1], 2]))
show("prod 2 args", lambda: math.prod([1, 2], 3))
show("prod no args", lambda: math.prod())
show("prod bad", math.prod, [1, "a", "b"])
print(math.trunc(10**30), math.floor(-(10**30)), math.ceil(True))
