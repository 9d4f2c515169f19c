package pyrandom

import "fmt"

// An Error is a Python exception for the caller to raise: Class is the
// built-in exception class ("ValueError", "IndexError", "TypeError",
// "ZeroDivisionError", "OverflowError") and Msg CPython's message.
type Error struct {
	Class string
	Msg   string
}

func (e *Error) Error() string { return e.Class + ": " + e.Msg }

func valueError(format string, args ...any) *Error {
	return &Error{Class: "ValueError", Msg: fmt.Sprintf(format, args...)}
}
