import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.gcd(12, 18), math.lcm(4, 6))
print(math.factorial(20), len(str(math.factorial(1000))), math.comb(10, 3), math.perm(5, 2), math.isqrt(10 ** 20 + 1))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.pow(2, 10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(math.inf), math.copysign(1, -0.0), math.fsum([0.1] * 10))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
