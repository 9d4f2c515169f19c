"""Writes the expectations of the pyrandom tests, as CPython 3.11's random
module computes them, to standard output as JSON: one section per method,
one case a line. Run it with Debian's /usr/bin/python3 and redirect to
cases.json; the Go tests check that the file still matches what this script
prints.

Ints are written as decimal strings, floats as float.hex() strings, an
exception as [class name, message].

The distributions that call log, exp, sin or cos are recorded twice: as
CPython computes them with the C library ("libm"), and with random.py's
module-level _log, _exp, _sin and _cos replaced by correctly rounded ones
computed with the decimal module ("cr", from pyformat's testdata/crmath.py),
which is what the Go packages implement."""

import json
import math
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ from importing crmath

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "pyformat", "testdata"))
from crmath import cr_acos, cr_cos, cr_exp, cr_log, cr_pow, cr_sin  # noqa: E402

assert sys.version_info[:2] == (3, 11), sys.version


def outcome(f):
    try:
        return {"out": f()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}


def fhex(x):
    return x.hex()


def cr_float_pow(x, y):
    """x ** y as CPython computes it, with the C library's pow replaced by a
    correctly rounded one."""
    if x > 0 and x != 1 and math.isfinite(x) and math.isfinite(y) and y != 0:
        v = cr_pow(x, y)
        if math.isinf(v):
            raise OverflowError(34, "Numerical result out of range")
        return v
    return float.__pow__(x, y)  # the special cases, which are exact


class CRFloat(float):
    """A float whose arithmetic keeps its type and whose ** is correctly
    rounded, so that random.py's own code computes with correctly rounded
    powers when random() returns these."""

    def __pow__(self, other):
        return CRFloat(cr_float_pow(float(self), float(other)))

    def __rpow__(self, other):
        return CRFloat(cr_float_pow(float(other), float(self)))

    def __neg__(self):
        return CRFloat(-float(self))


for _name in ["add", "sub", "mul", "truediv"]:
    for _op in [f"__{_name}__", f"__r{_name}__"]:
        setattr(CRFloat, _op, (lambda f: lambda self, other: CRFloat(f(self, other)))(getattr(float, _op)))


def libm_and_cr(f):
    """f() as CPython computes it, and with correctly rounded functions."""
    state = random.getstate()
    libm = outcome(f)
    random.setstate(state)
    saved = random._log, random._exp, random._sin, random._cos, random._acos
    inst = random._inst
    plain_random = inst.random
    random._log = lambda x: CRFloat(cr_log(x))
    random._exp = lambda x: CRFloat(cr_exp(x))
    random._sin = lambda x: CRFloat(cr_sin(x))
    random._cos = lambda x: CRFloat(cr_cos(x))
    random._acos = lambda x: CRFloat(cr_acos(x))
    inst.random = lambda: CRFloat(plain_random())
    try:
        cr = outcome(f)
    finally:
        random._log, random._exp, random._sin, random._cos, random._acos = saved
        del inst.random
    return {"libm": libm, "cr": cr}


SEEDS = [0, 1, 42, -42, 2**32 - 1, 2**32, 2**32 + 1, 2**64 - 1, 10**30,
         12345678901234567890123, -(2**200), 2**19937]


def seed_cases():
    cases = []
    for s in SEEDS:
        r = random.Random(s)
        words = [str(r.getrandbits(32)) for _ in range(8)]
        floats = [fhex(r.random()) for _ in range(8)]
        cases.append({"seed": {"i": hex(s)}, "words": words, "floats": floats})
    for s in ["", "hello", "héllo wörld", "日本語", "x" * 200]:
        r = random.Random(s)
        cases.append({"seed": {"s": s}, "floats": [fhex(r.random()) for _ in range(5)]})
    for b in [b"", b"bytes", bytes(range(256))]:
        r = random.Random(b)
        cases.append({"seed": {"b": b.hex()}, "floats": [fhex(r.random()) for _ in range(5)]})
    for f in [0.0, 1.5, -2.5, 1e300, -1e-300, math.inf, -math.inf, 3.0]:
        r = random.Random(f)
        cases.append({"seed": {"f": fhex(f), "hash": str(hash(f))},
                      "floats": [fhex(r.random()) for _ in range(5)]})
    return cases


def getrandbits_cases():
    r = random.Random(7)
    cases = []
    for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 96, 100, 127, 128, 129, 1000, -1, 3]:
        cases.append({"k": k, **outcome(lambda: str(r.getrandbits(k)))})
    for n in [0, 1, 2, 3, 7, 8, 9, 16, 100]:
        cases.append({"bytes": n, "out": r.randbytes(n).hex()})
    return cases


def randrange_cases():
    r = random.Random(11)
    cases = []
    args = [(10,), (1,), (0,), (-5,), (2**100,), (2**64,), (2**64 + 1,), (2**32,), (2**32 + 1,),
            (0, 10), (-10, 10), (5, 5), (5, 4), (3, 10**40), (0, 10, 3), (0, 10, -3),
            (10, 0, -3), (10, 0, 3), (0, 10, 0), (-7, 7, 7), (10**20, 10**21, 10**19),
            (0, 1), (5, 6, 2), (100, -100, -1), (0, 2**70, 2**65), (10, None, 1), (10, None, 2)]
    for a in args:
        for _ in range(3):
            cases.append({"args": [None if x is None else str(x) for x in a],
                          **outcome(lambda: str(r.randrange(*a)))})
    for a, b in [(1, 6), (0, 0), (-3, 3), (5, 3), (0, 2**80), (10, 9)]:
        for _ in range(3):
            cases.append({"randint": [str(a), str(b)], **outcome(lambda: str(r.randint(a, b)))})
    return cases


def sequence_cases():
    r = random.Random(2024)
    cases = []
    for n in [0, 1, 2, 3, 10, 1000, 2**20]:
        for _ in range(3):
            cases.append({"op": "choice", "n": n, **outcome(lambda: str(r.choice(range(n))))})
    for n in [0, 1, 2, 5, 10, 100]:
        x = list(range(n))
        r.shuffle(x)
        cases.append({"op": "shuffle", "n": n, "out": x})
    for n, k in [(0, 0), (5, 0), (5, 5), (5, 6), (5, -1), (21, 5), (21, 21), (22, 5),
                 (22, 6), (100, 6), (100, 10), (100, 50), (100, 100), (1000, 10), (1000, 300),
                 (10**6, 20), (85, 6), (86, 6), (86, 7), (4117, 1000), (4118, 1000), (10, 3)]:
        cases.append({"op": "sample", "n": n, "k": k, **outcome(lambda: r.sample(range(n), k))})
    for counts, k in [([1, 2, 3], 4), ([0, 0, 5], 3), ([4, 2], 6), ([4, 2], 7), ([0, 0], 1),
                      ([], 0), ([3, -1, 2], 2), ([10**5, 1], 5), ([1], 1)]:
        cases.append({"op": "sample_counts", "counts": counts, "k": k,
                      **outcome(lambda: r.sample(range(len(counts)), k, counts=counts))})
    for n, k in [(5, 10), (1, 3), (0, 2), (3, 0), (3, -2), (1000, 5)]:
        cases.append({"op": "choices", "n": n, "k": k,
                      **outcome(lambda: r.choices(range(n), k=k))})
    for w, k in [([1, 2, 3], 10), ([0.5, 0.25, 0.25], 10), ([0, 0, 1], 5), ([1, 0, 0], 5),
                 ([0, 0], 3), ([-1, 1], 3), ([1, math.inf], 3), ([1, math.nan], 3), ([], 1),
                 ([1e-300, 1e-300], 4), ([3, 1.5, 2], 8)]:
        cases.append({"op": "choices_weights", "w": [fhex(float(x)) for x in w], "k": k,
                      **outcome(lambda: r.choices(range(len(w)), weights=w, k=k))})
    for cw, k in [([1, 3, 6], 10), ([0.1, 0.1, 1.0], 10), ([5, 3, 1], 6), ([0.0], 2),
                  ([1.0, 2.0, math.inf], 2)]:
        cases.append({"op": "choices_cum", "w": [fhex(float(x)) for x in cw], "k": k,
                      **outcome(lambda: r.choices(range(len(cw)), cum_weights=cw, k=k))})
    return cases


def float_cases():
    r = random.Random(99)
    random.seed(99)
    cases = []
    for a, b in [(0.0, 1.0), (-5.0, 5.0), (10.0, 1.0), (1e300, -1e300), (2.0, 2.0)]:
        cases.append({"op": "uniform", "args": [fhex(a), fhex(b)],
                      "out": [fhex(r.uniform(a, b)) for _ in range(5)]})
    for args in [(), (0.0, 10.0), (0.0, 10.0, 2.0), (5.0, 5.0, 5.0), (5.0, 5.0), (10.0, 0.0, 3.0),
                 (0.0, 1.0, 1.0), (0.0, 1.0, 0.0)]:
        cases.append({"op": "triangular", "args": [fhex(x) for x in args],
                      "out": [fhex(r.triangular(*args)) for _ in range(5)]})
    # The module-level functions share one generator, which libm_and_cr
    # saves and restores around its two runs.
    for op, args in [("gauss", (0.0, 1.0)), ("gauss", (10.0, 2.5)), ("normalvariate", (0.0, 1.0)),
                     ("normalvariate", (-3.0, 0.5)), ("lognormvariate", (0.0, 1.0)),
                     ("lognormvariate", (1000.0, 1.0)), ("expovariate", (1.0,)),
                     ("expovariate", (-0.5,)), ("expovariate", (0.0,)), ("gauss", (0.0, 1.0)),
                     ("paretovariate", (1.0,)), ("paretovariate", (2.5,)), ("paretovariate", (0.1,)),
                     ("paretovariate", (0.001,)), ("paretovariate", (0.0,)), ("paretovariate", (-1.0,)),
                     ("weibullvariate", (1.0, 1.0)), ("weibullvariate", (2.0, 0.5)),
                     ("weibullvariate", (1.0, 0.0)), ("weibullvariate", (1.0, -2.0)),
                     ("gammavariate", (0.5, 1.0)), ("gammavariate", (1.0, 2.0)),
                     ("gammavariate", (2.5, 1.0)), ("gammavariate", (9.0, 0.5)),
                     ("gammavariate", (0.01, 1.0)), ("gammavariate", (0.0, 1.0)),
                     ("gammavariate", (1.0, -1.0)), ("betavariate", (2.0, 3.0)),
                     ("betavariate", (0.5, 0.5)), ("betavariate", (0.01, 0.0)),
                     ("betavariate", (0.0, 1.0)), ("vonmisesvariate", (0.0, 0.0)),
                     ("vonmisesvariate", (1.0, 4.0)), ("vonmisesvariate", (3.0, 1e-7)),
                     ("vonmisesvariate", (0.0, 1000.0)), ("vonmisesvariate", (-2.0, 0.5))]:
        f = getattr(random, op)
        seq = libm_and_cr(lambda: [fhex(f(*args)) for _ in range(50)])
        cases.append({"op": op, "args": [fhex(x) for x in args], **seq})
        random.random()  # move on, so the cases do not all start alike
    return cases


def state_cases():
    r = random.Random(12345)
    r.gauss()
    version, internal, gauss_next = r.getstate()
    cases = [{"seed": "12345", "gauss_calls": 1, "version": version,
              "state": [str(x) for x in internal], "gauss_next": fhex(gauss_next)}]
    r2 = random.Random()
    r2.setstate((version, internal, gauss_next))
    cases.append({"after_setstate": [fhex(r2.gauss()) for _ in range(3)] + [fhex(r2.random())]})
    return cases


def main():
    sections = [
        ("seed", seed_cases()),
        ("getrandbits", getrandbits_cases()),
        ("randrange", randrange_cases()),
        ("sequence", sequence_cases()),
        ("float", float_cases()),
        ("state", state_cases()),
    ]
    out = sys.stdout
    out.write("{\n")
    for i, (name, cases) in enumerate(sections):
        out.write(json.dumps(name) + ": [\n")
        out.write(",\n".join(json.dumps(c, sort_keys=True) for c in cases))
        out.write("\n]" + (",\n" if i < len(sections) - 1 else "\n"))
    out.write("}\n")


main()
