// Package pyrandom owns Python's random module as CPython 3.11 computes
// it, so that a seeded program draws the same numbers: the Mersenne
// Twister MT19937 with CPython's seeding from ints, strs, bytes and
// floats, random() and getrandbits(), and the algorithms of Lib/random.py
// on top of them (randrange, choice, shuffle, sample, choices and the
// real-valued distributions), with CPython's error messages.
//
// It is pure Go and knows nothing of the VM's values: sequences are
// represented by their lengths, and the methods return indices into them.
//
// The distributions that go through log, exp, sin or cos use correctly
// rounded versions of them (crmath.go). CPython calls the C library's,
// and glibc's are nearly but not always correctly rounded: about one call
// in a thousand, glibc is one unit in the last place off, and the result
// of gauss, normalvariate, lognormvariate or expovariate then differs from
// CPython's in its last digit. Everything else is exact.
package pyrandom
