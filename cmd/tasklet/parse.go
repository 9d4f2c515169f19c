package main

import (
	"fmt"
	"os"

	"tasklet/internal/diag"
	"tasklet/syntax"
)

var parseCommand = &command{
	name:    "parse",
	args:    "FILE...",
	summary: "report the syntax errors of Python files",
	detail: `Parse reads each FILE and prints every syntax error it finds on standard
output, one per line, as

	path:line:col: message

where line and col are 1-based and col counts bytes. Files are reported in
the order given, the errors of a file in the order of their positions. A
file that cannot be read is reported as "path: reason". Nothing is printed
when every file parses.

The exit status is 0 when every file parses, 1 when any file has an error
or cannot be read, and 2 when no file is given.
`,
	run: runParse,
}

func runParse(c *cli, cmd *command, args []string) int {
	fs, status, ok := c.commandFlags(cmd, args)
	if !ok {
		return status
	}
	if fs.NArg() == 0 {
		return c.usageError(cmd, "no files given")
	}
	for _, path := range fs.Args() {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(c.stdout, diag.ReadError(path, err))
			status = exitProblems
			continue
		}
		_, errs := syntax.Parse(path, src)
		for _, e := range errs {
			fmt.Fprintln(c.stdout, diag.SyntaxError(path, e))
		}
		if len(errs) > 0 {
			status = exitProblems
		}
	}
	return status
}
