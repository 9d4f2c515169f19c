package main

import "fmt"

var helpCommand = &command{
	name:    "help",
	args:    "[COMMAND]",
	summary: "print this help, or a command's",
	detail: `Help prints the list of commands, or the usage of COMMAND.
`,
	run: runHelp,
}

func runHelp(c *cli, cmd *command, args []string) int {
	fs, status, ok := c.commandFlags(cmd, args)
	if !ok {
		return status
	}
	switch fs.NArg() {
	case 0:
		c.usage(c.stdout)
		return exitOK
	case 1:
		about := lookup(fs.Arg(0))
		if about == nil {
			return c.usageError(cmd, fmt.Sprintf("unknown command %q", fs.Arg(0)))
		}
		commandUsage(c.stdout, about)
		return exitOK
	}
	return c.usageError(cmd, "takes at most one command")
}
