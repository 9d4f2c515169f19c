package main

import (
	"errors"
	"os"

	"tasklet/vm"
)

var runCommand = &command{
	name:    "run",
	args:    "FILE [ARGS...] | -c CODE [ARGS...]",
	summary: "run a tasklet program",
	detail: `Run runs the program FILE, or the code given with -c, with sys.argv set to
FILE (or "-c") followed by ARGS. Output goes to standard output; an
uncaught exception prints its traceback on standard error, as CPython
does, and makes the exit status 1. sys.exit(n) exits with status n.

Modules are imported from the directory of FILE, then from the
directories listed in the TASKLETPATH environment variable.
`,
	run: runRun,
}

func runRun(c *cli, cmd *command, args []string) int {
	// Everything after the file (or the code) belongs to the program, flags
	// included, so the arguments are not parsed as tasklet's flags.
	if len(args) == 0 {
		return c.usageError(cmd, "no program given")
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		commandUsage(c.stdout, cmd)
		return exitOK
	}
	m := vm.New(vm.Options{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin})
	var err error
	if args[0] == "-c" {
		if len(args) < 2 {
			return c.usageError(cmd, "-c needs an argument")
		}
		m.Argv = append([]string{"-c"}, args[2:]...)
		if wd, werr := os.Getwd(); werr == nil {
			m.Path = append([]string{wd}, m.Path...)
		}
		err = m.RunSource("<string>", []byte(args[1]))
	} else {
		m.Argv = args
		err = m.RunFile(args[0])
	}
	var exit *vm.ExitError
	if errors.As(err, &exit) {
		return exit.Code
	}
	return exitOK
}
