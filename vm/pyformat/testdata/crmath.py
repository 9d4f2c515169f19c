"""Correctly rounded log, exp, sin, cos, acos and pow, evaluated with the decimal
module to 80 or more significant digits and rounded once to a float: the
reference for pyformat's Log, Exp, Sin, Cos, Acos and Pow, which CPython's own
(the C library's) nearly always match. Imported by gen.py here and by
pyrandom's testdata/gen.py."""

import math
from decimal import Decimal, localcontext
from fractions import Fraction


def _pi():
    with localcontext() as c:
        c.prec = 120

        def atan_inv(n):
            x = Decimal(1) / n
            x2 = x * x
            total, term, k = x, x, 1
            while True:
                term = -term * x2
                k += 2
                t = term / k
                if abs(t) < Decimal(10) ** -118:
                    return total
                total += t
        return 16 * atan_inv(5) - 4 * atan_inv(239)


PI = _pi()


def cr_log(x):
    with localcontext() as c:
        c.prec = 80
        return float(Decimal(x).ln())


def cr_exp(x):
    with localcontext() as c:
        c.prec = 80
        v = float(Decimal(x).exp())
    if math.isinf(v):
        raise OverflowError("math range error")  # as math.exp does
    return v


def _sincos(x):
    """sin and cos of a float or Decimal, as Decimals."""
    with localcontext() as c:
        c.prec = 100
        d = Decimal(x)
        half_pi = PI / 2
        k = int((d / half_pi).to_integral_value())
        r = d - k * half_pi
        r2 = r * r
        s, term, n = r, r, 1
        while abs(term) > Decimal(10) ** -95:
            term = -term * r2 / ((n + 1) * (n + 2))
            n += 2
            s += term
        co, term, n = Decimal(1), Decimal(1), 0
        while abs(term) > Decimal(10) ** -95:
            term = -term * r2 / ((n + 1) * (n + 2))
            n += 2
            co += term
        return [(s, co), (co, -s), (-s, -co), (-co, s)][k % 4]


def cr_sin(x):
    return float(_sincos(x)[0])


def cr_cos(x):
    return float(_sincos(x)[1])


def cr_acos(x):
    """acos(x) for -1 < x < 1, by Newton's method on cos(y) = x."""
    with localcontext() as c:
        c.prec = 100
        y, d = Decimal(math.acos(x)), Decimal(x)
        for _ in range(5):
            s, co = _sincos(y)
            y += (co - d) / s
        return float(y)


def cr_pow(x, y):
    """x ** y for finite x > 0 other than 1 and finite nonzero y. Integral
    and half-integral powers can be exactly halfway between two floats, so
    they are computed exactly when they can be."""
    if (2 * y).is_integer() and abs(y) <= 2000:
        p = Fraction(x) ** int(abs(2 * y))
        if y.is_integer():
            p = Fraction(x) ** int(abs(y))
        else:
            num, den = math.isqrt(p.numerator), math.isqrt(p.denominator)
            p = Fraction(num, den) if num * num == p.numerator and den * den == p.denominator else None
        if p is not None:
            try:
                return float(p if y > 0 else 1 / p)
            except OverflowError:
                return math.inf
    with localcontext() as c:
        c.prec = 80
        c.Emax, c.Emin = 10**6, -10**6
        return float(Decimal(x) ** Decimal(y))
