# math: constants, rounding to ints, logs and powers, trig, and CPython's
# error messages for domain, range and type errors.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-2.5))
print(type(math.floor(2.5)).__name__, math.floor(10), math.floor(1e20), math.ceil(-1e25))
show("floor inf", math.floor, math.inf)
show("floor nan", math.ceil, math.nan)
show("floor str", math.floor, "3")
show("trunc str", math.trunc, "3")
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10**20))
show("sqrt -1", math.sqrt, -1)
show("sqrt None", math.sqrt, None)
show("sqrt big", math.sqrt, 10**400)
show("sqrt()", math.sqrt)
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
show("exp 1000", math.exp, 1000)
print(math.log(1), math.log(math.e), math.log(10), math.log(2))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(10**400), math.log(2**1000, 2))
print(math.log2(8), math.log2(10), math.log2(2**100), math.log10(1000), math.log10(1e-5), math.log10(2))
show("log 0", math.log, 0)
show("log -1", math.log, -1)
show("log base 1", math.log, 10, 1)
show("log()", math.log)
show("log10 0", math.log10, 0)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-2, 3), math.pow(1, math.nan))
show("pow 0 -1", math.pow, 0, -1)
show("pow -1 0.5", math.pow, -1, 0.5)
show("pow overflow", math.pow, 10, 400)
show("pow(1)", math.pow, 1)
print(math.sin(0), math.sin(1), math.cos(0), math.cos(1), math.sin(math.pi / 6), math.cos(math.pi))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
show("acos 2", math.acos, 2)
show("cosh big", math.cosh, 1000)
show("atanh 1", math.atanh, 1)
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
show("dist dims", math.dist, [1], [1, 2])
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.fabs(2.5))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2), math.remainder(7, 4), math.remainder(5, 2))
show("fmod 0", math.fmod, 1, 0)
print(math.frexp(8), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.5, 4), math.ldexp(3, -2))
show("ldexp overflow", math.ldexp, 1, 10000)
show("ldexp float exp", math.ldexp, 1.0, 1.5)
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf))
show("isclose neg tol", lambda: math.isclose(1, 2, rel_tol=-1))
show("isclose missing", lambda: math.isclose(1))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))
print(math.erf(0), math.erfc(0), math.gamma(5), math.gamma(0.5), math.lgamma(1))
show("gamma 0", math.gamma, 0)
show("gamma -2", math.gamma, -2)
show("lgamma 0", math.lgamma, 0)


class Num:
    def __float__(self):
        return 2.25


class Idx:
    def __index__(self):
        return 6


print(math.sqrt(Num()), math.floor(Num()), math.factorial(Idx()), math.sqrt(Idx()))


class Floored:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.floor(Floored()), math.ceil(Floored()), math.trunc(Floored()))
