// Package pyformat owns Python 3.11's rules for numbers as text and for the
// arithmetic corners of int and float: float repr, the format-spec
// mini-language of format() and f-strings, printf-style % conversions,
// int() and float() parsing of strings, floor division and modulo with
// Python's signs, pow with a modulus, round, float.hex, the hash values of
// int, float, tuple and frozenset, and correctly rounded log, exp, sin,
// cos, acos and ** on floats (math.go says why Go's math package will not
// do).
//
// It is pure Go and knows nothing of the VM's values: callers pass Go
// numbers and strings (str values as UTF-8, lengths counted in code points)
// and get back text, numbers, or an *Error naming the Python exception to
// raise with CPython's exact message. Where a message names the type of the
// object being formatted, the caller passes that name in, so a subclass of
// int shows its own name as it does in CPython.
//
// CPython 3.11 (Debian's /usr/bin/python3) is the oracle: the tests compare
// against expectations it produced (testdata/gen.py).
package pyformat
