package syntax

import (
	"fmt"
	"sort"
)

// ErrorKind is the Python exception class that CPython raises for an error.
type ErrorKind uint8

const (
	SyntaxError ErrorKind = iota
	IndentationError
	TabError
	ValueError // CPython's error for a null byte, found before any parsing
)

func (k ErrorKind) String() string {
	switch k {
	case IndentationError:
		return "IndentationError"
	case TabError:
		return "TabError"
	case ValueError:
		return "ValueError"
	}
	return "SyntaxError"
}

// An Error is one problem found in a source file.
type Error struct {
	Range
	Kind ErrorKind
	Msg  string

	// unclosed marks the scanner's "'(' was never closed", which yields to
	// a more specific error that the parser finds inside the bracket.
	unclosed bool

	// at is the offset at which the scanner met the error, by which the
	// parser tells the statement that it belongs to. It is Start's offset
	// unless CPython reports the error elsewhere: an unindent that matches
	// no outer level is met at the start of its line but reported past
	// its end.
	at int32

	// scanned marks the scanner's errors, which CPython's tokenizer
	// reports.
	scanned bool

	// field marks an error in the expression of an f-string replacement
	// field, already in the form that CPython gives it (see fieldError).
	field bool
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Start.Line, e.Start.Col, e.Msg) }

// An ErrorList is every error of one file, in source order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// sortErrors orders errors by position, keeping the first of several at the
// same position, since later ones are usually consequences of it.
func sortErrors(l ErrorList) ErrorList {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Start.Offset < l[j].Start.Offset })
	out := l[:0]
	for i, e := range l {
		if i > 0 && e.Start.Offset == l[i-1].Start.Offset {
			continue
		}
		out = append(out, e)
	}
	return out
}
