package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var versionCommand = &command{
	name:    "version",
	summary: "print tasklet's version",
	detail: `Version prints tasklet's module version ("(devel)" for a build from a work
tree), the Go release it was built with, and the platform.
`,
	run: runVersion,
}

func runVersion(c *cli, cmd *command, args []string) int {
	fs, status, ok := c.commandFlags(cmd, args)
	if !ok {
		return status
	}
	if fs.NArg() > 0 {
		return c.usageError(cmd, "takes no arguments")
	}
	fmt.Fprintf(c.stdout, "tasklet %s %s %s/%s\n", moduleVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// moduleVersion is the version the Go tool stamped into the binary: a tag or
// pseudo-version when built from a module or a git checkout, "(devel)"
// otherwise. Reading it from the build info means a release needs no
// hand-edited constant.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
