// Command tasklet-dap is Tasklet's debug adapter: it speaks the Debug
// Adapter Protocol on standard input and output (how VS Code starts it),
// or, with --listen HOST:PORT, to clients that connect to that TCP port,
// one at a time. Each client launches a program and debugs it.
//
// The work lives in packages debugger and debugger/dap; this command only
// wires the streams to them.
package main

import (
	"flag"
	"fmt"
	"os"

	"tasklet/debugger/dap"
)

func main() {
	listen := flag.String("listen", "", "serve DAP clients on this TCP address (127.0.0.1:PORT) instead of stdio")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: tasklet-dap [--listen HOST:PORT]\n\ntasklet-dap speaks the Debug Adapter Protocol on stdin and stdout, or on a TCP port; a client (VS Code) starts it.")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *listen != "" {
		l, err := dap.Listen(*listen)
		if err != nil {
			fmt.Fprintln(os.Stderr, "tasklet-dap:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "tasklet-dap: listening on %s\n", l.Addr())
		if err := dap.ServeLaunches(l, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "tasklet-dap:", err)
			os.Exit(1)
		}
		return
	}
	// The program's own output goes to the client as output events:
	// nothing but DAP may reach stdout.
	if err := dap.NewSession(os.Stdin, os.Stdout).Serve(); err != nil {
		fmt.Fprintln(os.Stderr, "tasklet-dap:", err)
		os.Exit(1)
	}
}
