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
// The distributions that go through log, exp, sin, cos or ** use the
// correctly rounded versions of them in package pyformat. CPython calls
// the C library's, and glibc's are nearly but not always correctly
// rounded: about one call in a thousand, glibc is one unit in the last
// place off, and the value drawn then differs from CPython's in its last
// digit (the draws that follow are not affected). Everything else is
// exact.
package pyrandom
