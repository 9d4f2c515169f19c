"""Pseudo-random numbers: the Mersenne Twister seeded as CPython seeds it,
so that a seeded program draws the same numbers as under CPython.

The generator and the algorithms (randrange, shuffle, sample, choices and
the distributions) are in Go (the _random module, over vm/pyrandom); this
module checks the arguments as CPython's random.py does and calls them.
Differences from CPython: a subclass that overrides random() changes only
random() and uniform(), not the other methods; integral floats passed to
randrange() are accepted without the DeprecationWarning; there is no
SystemRandom.
"""

import _random
from collections import deque as _deque, UserList as _UserList, UserString as _UserString
from math import isfinite as _isfinite

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample',
           'randrange', 'shuffle', 'normalvariate', 'lognormvariate',
           'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular',
           'gauss', 'betavariate', 'paretovariate', 'weibullvariate',
           'getstate', 'setstate', 'getrandbits', 'choices', 'randbytes']

_SEQUENCES = (list, tuple, str, range, bytes, _deque, _UserList, _UserString)


def _index(value, what):
    # randrange's conversion: ints, objects with __index__, and (as
    # 3.11 still allows) integral floats.
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    converted = int(value)
    if converted != value:
        raise ValueError('non-integer %s for randrange()' % what)
    return converted


class Random(_random.Random):
    """A random number generator with its own state."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        """Seed the generator from an int, float, str, bytes or None
        (the operating system's randomness)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version != 2 and isinstance(a, (str, bytes)):
            a = hash(a)
        elif not isinstance(a, (type(None), int, float, str, bytes)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            _random.Random.seed(self)
        else:
            _random.Random.seed(self, a)

    def getstate(self):
        """The generator's state, for setstate()."""
        return _random.Random.getstate(self)

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        _random.Random.setstate(self, state)

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        istart = _index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _index(stop, 'stop')
        width = istop - istart
        istep = _index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep == 0:
            raise ValueError('zero step for randrange()')
        return self._randrange(istart, istop, istep)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place."""
        if type(x) is list:
            self._shuffle(x)
            return
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k unique random items of the population, in order of choice."""
        if not isinstance(population, _SEQUENCES):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            counts = list(counts)
            if len(counts) != n:
                raise ValueError('The number of counts does not match the population')
            if not all(isinstance(c, int) for c in counts):
                raise TypeError('Counts must be integers')
            return [population[i] for i in self._sample_counts([int(c) for c in counts], k)]
        return [population[i] for i in self._sample(n, k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of the population chosen with replacement, optionally
        weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[i] for i in self._choices(n, k)]
            try:
                cum_weights = []
                total = None
                for w in weights:
                    total = w if total is None else total + w
                    cum_weights.append(total)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword argument: k=%r' % k) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        cum = [w + 0.0 for w in cum_weights]
        if cum:
            total = cum[-1]
            if total <= 0.0:
                raise ValueError('Total of weights must be greater than zero')
            if not _isfinite(total):
                raise ValueError('Total of weights must be finite')
        return [population[i] for i in self._choices_cum(cum, k)]

    def uniform(self, a, b):
        """A random number between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode."""
        if mode is None:
            return self._triangular(float(low), float(high))
        return self._triangular(float(low), float(high), float(mode))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        return self._normalvariate(float(mu), float(sigma))

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, keeping the second value)."""
        return self._gauss(float(mu), float(sigma))

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return self._lognormvariate(float(mu), float(sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return self._expovariate(float(lambd))

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        return self._vonmisesvariate(float(mu), float(kappa))

    def gammavariate(self, alpha, beta):
        """Gamma distribution."""
        return self._gammavariate(float(alpha), float(beta))

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        return self._betavariate(float(alpha), float(beta))

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return self._paretovariate(float(alpha))

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return self._weibullvariate(float(alpha), float(beta))


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
