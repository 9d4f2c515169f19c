package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// maxMessage bounds the body a client may announce, so that a corrupt
// Content-Length cannot make the server allocate without limit.
const maxMessage = 256 << 20

// A stream frames JSON-RPC messages with Content-Length headers, as
// jsonrpc2's own does, but survives a malformed message: jsonrpc2 closes
// the connection on any read error, so a body that is not JSON-RPC is
// answered here with a parse error and skipped, and a broken header is
// skipped up to the next blank line. Only the end of input or a failed
// write ends the stream.
type stream struct {
	in      *bufio.Reader
	out     io.Writer
	closer  io.Closer
	writeMu sync.Mutex
}

func newStream(rwc io.ReadWriteCloser) *stream {
	return &stream{in: bufio.NewReader(rwc), out: rwc, closer: rwc}
}

func (s *stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, total, err
		}
		length, n, err := s.readHeader()
		total += n
		if err != nil {
			return nil, total, err
		}
		if length <= 0 || length > maxMessage {
			s.replyError(jsonrpc2.InvalidRequest, fmt.Sprintf("bad Content-Length %d", length))
			continue
		}
		data := make([]byte, length)
		if _, err := io.ReadFull(s.in, data); err != nil {
			return nil, total, err
		}
		total += length
		msg, err := decodeMessage(data)
		if err != nil {
			s.replyError(jsonrpc2.ParseError, "malformed JSON-RPC message")
			continue
		}
		return msg, total, nil
	}
}

// wireMessage is any JSON-RPC message: a call, a notification or a
// response.
type wireMessage struct {
	ID     *jsonrpc2.ID    `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *jsonrpc2.Error `json:"error"`
}

// decodeMessage decodes one JSON-RPC message. It does what
// jsonrpc2.DecodeMessage does, but through encoding/json: that one makes a
// decoder per message whose buffer (tens of kilobytes, cleared) cost more
// than the rest of a completion request.
func decodeMessage(data []byte) (jsonrpc2.Message, error) {
	var m wireMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	switch {
	case m.Method == "" && m.ID == nil:
		return nil, jsonrpc2.ErrInvalidRequest
	case m.Method == "":
		var err error
		if m.Error != nil {
			err = m.Error
		}
		return jsonrpc2.NewResponse(*m.ID, m.Result, err)
	case m.ID == nil:
		return jsonrpc2.NewNotification(m.Method, m.Params)
	}
	return jsonrpc2.NewCall(*m.ID, m.Method, m.Params)
}

// readHeader reads header lines up to the blank line that ends them and
// returns the announced length (0 when there was none, -1 when it was not
// a number).
func (s *stream) readHeader() (int64, int64, error) {
	var total, length int64
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
		if err != nil {
			return 0, total, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if total <= 2 {
				// A stray blank line between messages.
				continue
			}
			return length, total, nil
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil {
				n = -1
			}
			length = n
		}
	}
}

// replyError answers a message that could not be read. Its id is unknown,
// so the response carries a null id, as JSON-RPC prescribes.
func (s *stream) replyError(code jsonrpc2.Code, msg string) {
	body, _ := json.Marshal(map[string]any{
		"jsonrpc": "2.0", "id": nil,
		"error": map[string]any{"code": code, "message": msg},
	})
	s.writeRaw(body)
}

func (s *stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	body, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	return s.writeRaw(body)
}

func (s *stream) writeRaw(body []byte) (int64, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	n, err := fmt.Fprintf(s.out, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return int64(n), err
}

func (s *stream) Close() error { return s.closer.Close() }
