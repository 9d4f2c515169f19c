package pystr

import "fmt"

// Error is a Python exception raised by an operation of this package.
type Error struct {
	// Type is the name of the built-in exception class, e.g. "ValueError".
	Type string
	// Msg is the message CPython gives, i.e. what str(exc) prints.
	Msg string
	// Unicode is set for UnicodeEncodeError and UnicodeDecodeError, whose
	// attributes the VM must expose.
	Unicode *UnicodeErrorInfo
}

// UnicodeErrorInfo carries the attributes of a UnicodeEncodeError or
// UnicodeDecodeError.
type UnicodeErrorInfo struct {
	Encoding string
	// Object is the str being encoded or the bytes being decoded.
	Object string
	// Start and End delimit the offending part of Object, in code points
	// for a str and in bytes for bytes.
	Start, End int
	Reason     string
}

func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func newError(typ, msg string) *Error { return &Error{Type: typ, Msg: msg} }

func errorf(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

// MaxLen bounds the length in bytes of a string this package builds: an
// operation whose result would be longer fails with MemoryError, where Go
// would otherwise crash on the allocation. The VM may lower or raise it.
var MaxLen = 1 << 32

// checkSize fails with MemoryError when a result of base bytes plus count
// pieces of size bytes each would exceed MaxLen.
func checkSize(base, count, size int) error {
	if size > 0 && count > (MaxLen-base)/size {
		return &Error{Type: "MemoryError"}
	}
	return nil
}
