// Package pystr owns the semantics of Python 3.11's str and bytes values for
// the VM: code-point indexing and slicing of UTF-8 text, repr and ascii, the
// string and bytes methods, the utf-8/ascii/latin-1 codecs, and the parsing
// of str.format strings. It answers with CPython's exact results and error
// messages; it calls no Python code, so anything that needs the VM (looking
// up format fields, calling __index__, building tuples) stays with the VM.
//
// A str is a Go string of UTF-8. Python allows lone surrogates in a str, so
// this package also reads and writes the code points U+D800..U+DFFF encoded
// as ordinary three-byte sequences (what Python's "surrogatepass" produces).
// Any other malformed input is read in some memory-safe way but gives
// unspecified results: the VM never makes such strings.
//
// A bytes value is a Go string of raw bytes; the functions named Bytes...
// treat it with the ASCII-only rules of CPython's bytes methods. Split,
// RSplit, Partition, RPartition, RemovePrefix and RemoveSuffix serve both
// types unchanged, because they only compare bytes.
//
// Indices that the Python methods take (start, end, maxsplit, count) are
// passed as Python gives them, negative values included; the functions
// apply Python's clamping. An omitted start is 0, an omitted end is
// math.MaxInt, and an omitted maxsplit or count is -1. A Python int too
// large for a Go int is the caller's to clamp to math.MinInt or
// math.MaxInt, as CPython clamps to Py_ssize_t.
//
// Errors are *Error values naming the Python exception class. A result
// longer than MaxLen bytes is a MemoryError rather than a Go crash.
//
// The Unicode character database is CPython 3.11's (Unicode 14.0), read off
// the interpreter's own behaviour into tables.go; Go's unicode package
// follows a later Unicode version and does not carry the properties Python
// uses (numeric values, bidirectional whitespace, full case mappings), so
// it is not consulted.
package pystr

//go:generate sh -c "/usr/bin/python3 testdata/gentables.py > tables.go"
