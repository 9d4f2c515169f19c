package pyformat

import "fmt"

// An Error is a Python exception for the caller to raise: Class is the
// built-in exception class ("ValueError", "OverflowError", "TypeError",
// "ZeroDivisionError") and Msg is CPython's message, word for word.
type Error struct {
	Class string
	Msg   string
}

func (e *Error) Error() string { return e.Class + ": " + e.Msg }

func valueError(format string, args ...any) *Error {
	return &Error{Class: "ValueError", Msg: fmt.Sprintf(format, args...)}
}

func overflowError(msg string) *Error { return &Error{Class: "OverflowError", Msg: msg} }

func zeroDivision(msg string) *Error { return &Error{Class: "ZeroDivisionError", Msg: msg} }
