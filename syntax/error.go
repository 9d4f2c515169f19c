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

	// origin says what finds the error in CPython, which decides whether
	// CPython reports it (see FirstError).
	origin origin

	// field marks an error in the expression of an f-string replacement
	// field, already in the form that CPython gives it (see fieldError).
	field bool
}

// An origin is the part of CPython that finds an error.
type origin uint8

const (
	// The parser, or the scanner where it stands in for CPython's parser:
	// an unclosed bracket, a '$'.
	fromParser origin = iota
	// The tokenizer, which raises the error as soon as it meets it: a bad
	// string, character, number or bracket.
	fromTokenizer
	// The tokenizer, which only returns an error status: indentation and
	// tabs, a bad line continuation, the end of the file after one.
	tokenizerStatus
	// The decoding of the source by its coding cookie, before any
	// tokenizing.
	fromDecoder
)

// FromTokenizer reports whether CPython's tokenizer finds the error, rather
// than its parser or, before both, its decoding of the source.
func (e *Error) FromTokenizer() bool { return e.origin == fromTokenizer || e.origin == tokenizerStatus }

// FirstError returns the error of errs, as Parse sorts them, that CPython
// reports, or nil if there is none. CPython refuses a null byte before
// anything else, and then a file that it cannot decode; otherwise it stops
// at the first error it finds, except that after an error of its parser it
// reads on: it reports instead the next error that its tokenizer raises,
// unless the tokenizer first returns an error status, where it stops
// reading.
func FirstError(errs ErrorList) *Error {
	if len(errs) == 0 {
		return nil
	}
	for _, e := range errs {
		if e.Kind == ValueError {
			return e
		}
	}
	for _, e := range errs {
		if e.origin == fromDecoder {
			return e
		}
	}
	first := errs[0]
	if first.origin != fromParser {
		return first
	}
	for _, e := range errs[1:] {
		switch e.origin {
		case fromTokenizer:
			return e
		case tokenizerStatus:
			return first
		}
	}
	return first
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
