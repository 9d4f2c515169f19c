package main

import (
	"errors"
	"fmt"
	"os"

	"tasklet/debugger"
	"tasklet/debugger/dap"
	"tasklet/vm"
)

var runCommand = &command{
	name:    "run",
	args:    "[--listen HOST:PORT] FILE [ARGS...] | -c CODE [ARGS...]",
	summary: "run a tasklet program",
	detail: `Run runs the program FILE, or the code given with -c, with sys.argv set to
FILE (or "-c") followed by ARGS. Output goes to standard output; an
uncaught exception prints its traceback on standard error, as CPython
does, and makes the exit status 1. sys.exit(n) exits with status n.

Modules are imported from the directory of FILE, then from the
directories listed in the TASKLETPATH environment variable.

With --listen HOST:PORT, the program runs as usual while a debugger can
attach to it on that TCP address (a "tasklet" attach configuration in
VS Code, or any DAP client sending attach), stop it, inspect it, and
detach, leaving it running. An address without a host (":4711") listens
on 127.0.0.1 only: whoever connects can run code in the program.
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
	if args[0] == "--listen" || args[0] == "-listen" {
		if len(args) < 3 {
			return c.usageError(cmd, "--listen needs an address and a program")
		}
		return runListening(c, args[1], args[2], args[3:])
	}
	vm.TuneGC()
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

// runListening runs the program FILE with a debugger port open on addr.
func runListening(c *cli, addr, file string, args []string) int {
	l, err := dap.Listen(addr)
	if err != nil {
		fmt.Fprintf(c.stderr, "tasklet run: %v\n", err)
		return exitProblems
	}
	defer l.Close()
	fmt.Fprintf(c.stderr, "tasklet: a debugger can attach on %s\n", l.Addr())
	eng := debugger.New(debugger.Config{Program: file, Args: args, Stdout: os.Stdout, Stderr: os.Stderr,
		Stdin: os.Stdin, Detached: true}, nil)
	if err := eng.Start(); err != nil {
		fmt.Fprintf(c.stderr, "tasklet run: %v\n", err)
		return exitUsage
	}
	go dap.ServeAttaches(l, eng, c.stderr)
	<-eng.Done()
	return eng.Status()
}
