// Command tasklet is the shell's way into Tasklet, a VM, debugger and
// language server for Python 3 programs that import stackless:
//
//	tasklet run FILE [ARGS]  run a program
//	tasklet parse FILE...    report the syntax errors of each file
//	tasklet check FILE...    report problems the language server finds
//	tasklet version          print tasklet's version
//	tasklet help [COMMAND]   print usage
//
// This package only reads the command line, calls the packages that do the
// work and turns the outcome into an exit status: 0 when all went well, 1
// when a file has a problem, 2 when the command line itself is wrong. Keeping
// it that thin lets the work be tested and reused without a process.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses, as the package comment describes them.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

// A command is one subcommand of tasklet.
type command struct {
	name    string
	args    string // what follows the name on the usage line
	summary string // one line for the list of commands
	detail  string // what "tasklet help NAME" prints under the usage line
	run     func(c *cli, cmd *command, args []string) int
}

// commands lists the subcommands in the order help shows them.
var commands []*command

// init fills commands because help's own entry reads the list: written as
// an initializer, the list would depend on itself.
func init() {
	commands = []*command{runCommand, parseCommand, checkCommand, versionCommand, helpCommand}
}

func lookup(name string) *command {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd
		}
	}
	return nil
}

// A cli is where a run of tasklet writes: results, and help asked for, on
// stdout, where they can be piped; mistakes on the command line on stderr.
type cli struct {
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs tasklet with the arguments that follow the program name and
// returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	// A file with many errors would otherwise cost a write per line.
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	c := &cli{stdout: out, stderr: stderr}

	fs := flagSet("tasklet")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		c.usage(c.stdout)
		return exitOK
	} else if err != nil {
		fmt.Fprintf(c.stderr, "tasklet: %v\n", err)
		c.usage(c.stderr)
		return exitUsage
	}
	if fs.NArg() == 0 {
		c.usage(c.stderr)
		return exitUsage
	}
	cmd := lookup(fs.Arg(0))
	if cmd == nil {
		fmt.Fprintf(c.stderr, "tasklet: unknown command %q\nRun 'tasklet help' for usage.\n", fs.Arg(0))
		return exitUsage
	}
	return cmd.run(c, cmd, fs.Args()[1:])
}

// flagSet returns a flag set that hands every outcome back to its caller:
// it neither exits, so that run decides the exit status, nor prints, so that
// usage goes to stdout when asked for with -h and to stderr after a mistake.
func flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprint(w, `tasklet is the command-line tool of Tasklet, a VM, debugger and language
server for Python 3 programs that import stackless.

Usage:

	tasklet <command> [arguments]

Commands:

`)
	for _, cmd := range commands {
		fmt.Fprintf(w, "\t%-8s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprint(w, `
Run 'tasklet help <command>' for more about a command.
`)
}

// usageLine is the synopsis of cmd, such as "usage: tasklet parse FILE...".
func usageLine(cmd *command) string {
	return strings.TrimSpace("usage: tasklet " + cmd.name + " " + cmd.args)
}

// commandUsage prints cmd's full usage on w.
func commandUsage(w io.Writer, cmd *command) {
	fmt.Fprintf(w, "%s\n\n%s", usageLine(cmd), cmd.detail)
}

// commandFlags parses the flags of cmd, which has none of its own yet but
// answers -h like every command. When it returns false the command is over
// and its exit status is the int.
func (c *cli) commandFlags(cmd *command, args []string) (*flag.FlagSet, int, bool) {
	fs := flagSet(cmd.name)
	err := fs.Parse(args)
	if err == nil {
		return fs, exitOK, true
	}
	if errors.Is(err, flag.ErrHelp) {
		commandUsage(c.stdout, cmd)
		return fs, exitOK, false
	}
	return fs, c.usageError(cmd, err.Error()), false
}

// usageError reports a mistake on cmd's command line with the synopsis that
// shows how to get it right, and returns the exit status for it. The full
// usage is one "tasklet help" away rather than pushing the mistake off the
// screen.
func (c *cli) usageError(cmd *command, msg string) int {
	fmt.Fprintf(c.stderr, "tasklet %s: %s\n%s\nRun 'tasklet help %s' for details.\n", cmd.name, msg, usageLine(cmd), cmd.name)
	return exitUsage
}
