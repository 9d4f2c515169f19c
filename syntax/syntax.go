// Package syntax owns the tokens, the syntax tree and the parser of tasklet
// programs: Python 3 source files that import stackless.
//
// It is the one parser of the project. The compiler, the debugger and the
// language server all read the trees it builds, so a position reported by
// any of them is the same position. Every node carries its exact range
// (byte offset, line and column of its start and end).
//
// The parser never gives up on a broken file: ParseFile returns the best tree
// it could build together with every error it found, each with a range and
// a message modelled on CPython 3.11's. Constructs that the language rejects
// (async/await, match, the @ operator, complex literals, except*) are parsed
// into the tree and reported as errors that name them, so that tools can
// still navigate a file that uses them.
//
// The package imports nothing else of the project.
package syntax
