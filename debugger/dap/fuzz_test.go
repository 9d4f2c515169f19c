package dap

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// FuzzSession sends a session a sequence of messages, one per line of
// the input, each framed as DAP frames it (a line that is not JSON, or
// not a request, included), in any order and with any arguments. The
// session must never crash, must answer every request exactly once, and
// must end when its input does.
func FuzzSession(f *testing.F) {
	for _, seed := range []string{
		`{"seq":1,"type":"request","command":"initialize","arguments":{"adapterID":"tasklet"}}`,
		`{"seq":1,"type":"request","command":"threads"}` + "\n" + `{"seq":2,"type":"request","command":"stackTrace","arguments":{"threadId":-4}}`,
		`{"seq":1,"type":"request","command":"launch","arguments":{"program":"testdata/pingpong.py","stopOnEntry":true}}` + "\n" +
			`{"seq":2,"type":"request","command":"configurationDone"}` + "\n" +
			`{"seq":3,"type":"request","command":"scopes","arguments":{"frameId":1}}` + "\n" +
			`{"seq":4,"type":"request","command":"next","arguments":{"threadId":1}}`,
		`{"seq":1,"type":"request","command":"setBreakpoints","arguments":{"source":{"path":"testdata/pingpong.py"},"breakpoints":[{"line":-1},{"line":13,"hitCondition":"%0"}]}}`,
		`{"seq":1,"type":"request","command":"evaluate","arguments":{"expression":"1/0"}}`,
		`{"seq":"x","type":"request","command":"next"}`,
		`[1,2,3]`,
		`{"seq":7,"type":"request","command":"tasklets","arguments":{"start":-5,"count":3}}`,
		`{"seq":1,"type":"response","command":"runInTerminal","success":true}`,
		`{"seq":1,"type":"request","command":"setExceptionBreakpoints","arguments":{"filters":["raised","bogus"]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// A session that stops answering is as bad as a crash; the panic
		// makes the fuzzer keep the input, with every goroutine's stack.
		hung := time.AfterFunc(40*time.Second, func() { panic("the session hung") })
		defer hung.Stop()
		toServer, fromClient := io.Pipe()
		toClient, fromServer := io.Pipe()
		served := make(chan error, 1)
		go func() {
			served <- NewSession(toServer, fromServer).Serve()
			// Later messages find nobody reading.
			toServer.CloseWithError(io.ErrClosedPipe)
			fromServer.Close()
		}()
		answered := map[int]int{}
		readDone := make(chan struct{})
		go func() {
			defer close(readDone)
			r := bufio.NewReader(toClient)
			for {
				content, err := godap.ReadBaseMessage(r)
				if err != nil {
					return
				}
				var m struct {
					Type       string `json:"type"`
					RequestSeq int    `json:"request_seq"`
				}
				if json.Unmarshal(content, &m) == nil && m.Type == "response" {
					answered[m.RequestSeq]++
				}
			}
		}()
		var requests []int
		for _, line := range bytes.Split(data, []byte("\n")) {
			var m struct {
				Seq     *int   `json:"seq"`
				Type    string `json:"type"`
				Command string `json:"command"`
			}
			if json.Unmarshal(line, &m) == nil && m.Type == "request" && m.Seq != nil {
				requests = append(requests, *m.Seq)
				if m.Command == "disconnect" {
					// The last request the session answers.
					break
				}
			}
			if godap.WriteBaseMessage(fromClient, line) != nil {
				break
			}
		}
		// Give a launched program a moment, then hang up: the session
		// ends it and ends.
		time.Sleep(time.Millisecond)
		fromClient.Close()
		select {
		case <-served:
		case <-time.After(20 * time.Second):
			t.Fatalf("the session did not end after its input did")
		}
		<-readDone
		for _, seq := range requests {
			if answered[seq] == 0 {
				t.Errorf("request %d got no response", seq)
			}
		}
	})
}
