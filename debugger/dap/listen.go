package dap

import (
	"fmt"
	"io"
	"net"

	"tasklet/debugger"
)

// Listen opens a TCP port for DAP clients. An address without a host
// (":4711") listens on the loopback interface only: a debugger runs any
// code it is sent, so it is reachable from elsewhere only when the user
// names another address.
func Listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--listen %s: want HOST:PORT, such as 127.0.0.1:4711", addr)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.Listen("tcp", net.JoinHostPort(host, port))
}

// ServeLaunches answers clients that connect to l, one after the other,
// each with a session that launches its own program, until l is closed.
func ServeLaunches(l net.Listener, log io.Writer) error {
	for {
		conn, err := l.Accept()
		if err != nil {
			return err
		}
		if err := NewSession(conn, conn).Serve(); err != nil {
			fmt.Fprintf(log, "tasklet-dap: %v\n", err)
		}
		conn.Close()
	}
}

// ServeAttaches lets clients that connect to l attach to the program of
// eng, one after the other, until the program ends. Each client may
// detach and leave the program running.
func ServeAttaches(l net.Listener, eng *debugger.Engine, log io.Writer) {
	go func() {
		<-eng.Done()
		l.Close()
	}()
	for {
		conn, err := l.Accept()
		if err != nil {
			return
		}
		if err := NewAttachSession(conn, conn, eng).Serve(); err != nil {
			fmt.Fprintf(log, "tasklet-dap: %v\n", err)
		}
		conn.Close()
	}
}
