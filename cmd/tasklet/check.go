package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"tasklet/analysis"
	"tasklet/analysis/modpath"
	"tasklet/internal/diag"
)

var checkCommand = &command{
	name:    "check",
	args:    "[--format text|json] FILE...",
	summary: "report problems in Python files, tasklet checks included",
	detail: `Check analyzes each FILE without running it and prints every problem it
finds, one per line, as

	path:line:col: severity: message [code]

where severity is error, warning or hint, line and col are 1-based and col
counts bytes. Besides syntax errors it reports undefined names, unused
imports and variables, unreachable code, calls with the wrong arguments,
missing attributes of known modules and of imported files, and mistakes
particular to tasklets and channels (codes TL001 and up): a tasklet never
scheduled or never run, a channel nobody receives from, a certain
deadlock, tasklets waiting on each other in a cycle, a loop that never
yields, time.sleep in a tasklet and more.

Imports are resolved as "tasklet run" resolves them: NAME.py or
NAME/__init__.py beside the checked file, then in each folder of
TASKLETPATH. Only the files given are reported on.

With --format json, check prints one JSON array of objects with the fields
path, line, column, endLine, endColumn, severity, code, message and
related (a list of {line, column, message}).

The exit status is 0 when no file has an error (warnings and hints alone
do not fail), 1 when any file has an error or cannot be read, and 2 for a
mistake on the command line.
`,
	run: runCheck,
}

// jsonDiagnostic is one problem in the --format json output.
type jsonDiagnostic struct {
	Path      string        `json:"path"`
	Line      int32         `json:"line"`
	Column    int32         `json:"column"`
	EndLine   int32         `json:"endLine"`
	EndColumn int32         `json:"endColumn"`
	Severity  string        `json:"severity"`
	Code      string        `json:"code"`
	Message   string        `json:"message"`
	Related   []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	Line    int32  `json:"line"`
	Column  int32  `json:"column"`
	Message string `json:"message"`
}

func runCheck(c *cli, cmd *command, args []string) int {
	fs := flagSet(cmd.name)
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		commandUsage(c.stdout, cmd)
		return exitOK
	} else if err != nil {
		return c.usageError(cmd, err.Error())
	}
	if *format != "text" && *format != "json" {
		return c.usageError(cmd, fmt.Sprintf("unknown format %q", *format))
	}
	if fs.NArg() == 0 {
		return c.usageError(cmd, "no files given")
	}
	status := exitOK
	all := []jsonDiagnostic{}
	for _, path := range fs.Args() {
		src, err := os.ReadFile(path)
		if err != nil {
			if *format == "text" {
				fmt.Fprintln(c.stdout, diag.ReadError(path, err))
			} else {
				all = append(all, jsonDiagnostic{Path: path, Severity: "error", Code: "read", Message: diag.ReadError(path, err)})
			}
			status = exitProblems
			continue
		}
		imports := modpath.Importer(modpath.SearchPath(path, os.Getenv("TASKLETPATH")), modpath.ReadDisk)
		res := analysis.Analyze(path, src, analysis.Options{Import: imports})
		for _, d := range res.Diagnostics {
			if d.Severity == analysis.Error {
				status = exitProblems
			}
			if *format == "text" {
				fmt.Fprintf(c.stdout, "%s:%d:%d: %s: %s [%s]\n", path, d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Message, d.Code)
				continue
			}
			jd := jsonDiagnostic{Path: path, Line: d.Range.Start.Line, Column: d.Range.Start.Col,
				EndLine: d.Range.End.Line, EndColumn: d.Range.End.Col,
				Severity: d.Severity.String(), Code: d.Code, Message: d.Message}
			for _, rel := range d.Related {
				jd.Related = append(jd.Related, jsonRelated{Line: rel.Range.Start.Line, Column: rel.Range.Start.Col, Message: rel.Message})
			}
			all = append(all, jd)
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(c.stderr, "tasklet check: %v\n", err)
			return exitProblems
		}
	}
	return status
}
