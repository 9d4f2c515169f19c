package dap

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	godap "github.com/google/go-dap"

	"tasklet/vm"
)

// frameFor returns the frame a request names, or the innermost frame of
// the stopped tasklet when it names none.
func (s *Session) frameFor(m *vm.VM, h *handles, frameID int) (*vm.Frame, error) {
	if frameID != 0 {
		fr, ok := h.frame(frameID)
		if !ok {
			return nil, fmt.Errorf("no frame %d: frames are valid until the program resumes", frameID)
		}
		if fr.frame == nil {
			return nil, fmt.Errorf("the tasklet has not started: it has no variables yet")
		}
		return fr.frame, nil
	}
	_, stop := s.current()
	if stop == nil {
		return nil, fmt.Errorf("the program is running: pause it to evaluate")
	}
	for _, t := range m.Tasklets() {
		if t.ID() == stop.Tasklet {
			if frames := t.Frames(); len(frames) > 0 {
				return frames[0], nil
			}
		}
	}
	return nil, fmt.Errorf("the stopped tasklet has no frame")
}

func (s *Session) onEvaluate(req *godap.EvaluateRequest) {
	h, _ := s.current()
	a := req.Arguments
	r := &godap.EvaluateResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		f, err := s.frameFor(m, h, a.FrameId)
		if err != nil {
			return err
		}
		v, err := m.EvalInFrame(f, a.Expression)
		if err != nil && a.Context == "repl" && m.ExceptionClass(err) == "SyntaxError" {
			// Not an expression: the console runs statements too.
			if xerr := m.ExecInFrame(f, a.Expression); xerr != nil {
				return pythonError(m, xerr)
			}
			r.Body.Result = ""
			return nil
		}
		if err != nil {
			return pythonError(m, err)
		}
		dv := s.variable(m, h, f, "", v, "")
		r.Body.Result, r.Body.Type = dv.Value, dv.Type
		r.Body.VariablesReference, r.Body.NamedVariables, r.Body.IndexedVariables = dv.VariablesReference, dv.NamedVariables, dv.IndexedVariables
		return nil
	})
	if ok {
		s.send(r)
	}
}

func (s *Session) onSetVariable(req *godap.SetVariableRequest) {
	h, _ := s.current()
	a := req.Arguments
	ref, ok := s.lookupVars(h, &req.Request, a.VariablesReference)
	if !ok {
		return
	}
	r := &godap.SetVariableResponse{Response: s.response(&req.Request)}
	ok = s.inspect(&req.Request, func(m *vm.VM) error {
		f := ref.frame
		if f == nil {
			var err error
			if f, err = s.frameFor(m, h, 0); err != nil {
				return err
			}
		}
		v, err := m.EvalInFrame(f, a.Value)
		if err != nil {
			return pythonError(m, err)
		}
		switch ref.kind {
		case varLocals, varFrame:
			err = ref.frame.SetLocal(a.Name, v)
		case varGlobals:
			ref.frame.SetGlobal(a.Name, v)
		case varValue:
			err = setChild(m, ref.value, a.Name, v)
		default:
			err = fmt.Errorf("%s cannot be changed here", a.Name)
		}
		if err != nil {
			return err
		}
		dv := s.variable(m, h, f, a.Name, v, "")
		r.Body.Value, r.Body.Type = dv.Value, dv.Type
		r.Body.VariablesReference, r.Body.NamedVariables, r.Body.IndexedVariables = dv.VariablesReference, dv.NamedVariables, dv.IndexedVariables
		return nil
	})
	if ok {
		s.send(r)
	}
}

// setChild replaces the child name of container.
func setChild(m *vm.VM, container vm.Value, name string, v vm.Value) error {
	for _, c := range m.Children(container, 0, 0) {
		if c.Name == name {
			if err := m.SetChild(container, c, v); err != nil {
				return pythonError(m, err)
			}
			return nil
		}
	}
	return fmt.Errorf("%s has no %s", vm.TypeName(container), name)
}

func (s *Session) onSetExpression(req *godap.SetExpressionRequest) {
	h, _ := s.current()
	a := req.Arguments
	r := &godap.SetExpressionResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		f, err := s.frameFor(m, h, a.FrameId)
		if err != nil {
			return err
		}
		if err := m.ExecInFrame(f, a.Expression+" = "+a.Value); err != nil {
			return pythonError(m, err)
		}
		v, err := m.EvalInFrame(f, a.Expression)
		if err != nil {
			return pythonError(m, err)
		}
		dv := s.variable(m, h, f, "", v, "")
		r.Body.Value, r.Body.Type = dv.Value, dv.Type
		r.Body.VariablesReference, r.Body.NamedVariables, r.Body.IndexedVariables = dv.VariablesReference, dv.NamedVariables, dv.IndexedVariables
		return nil
	})
	if ok {
		s.send(r)
	}
}

// pythonKeywords complete in the console besides names.
var pythonKeywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
	"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
	"in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}

func (s *Session) onCompletions(req *godap.CompletionsRequest) {
	h, _ := s.current()
	a := req.Arguments
	r := &godap.CompletionsResponse{Response: s.response(&req.Request)}
	// Column counts UTF-16 units from the client's column base; for the
	// ASCII of Python names that is a rune index.
	text := []rune(a.Text)
	col := a.Column - s.colBase
	if col < 0 || col > len(text) {
		col = len(text)
	}
	before := string(text[:col])
	start := len(before)
	for start > 0 {
		c := rune(before[start-1])
		if c != '.' && c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		start--
	}
	word := before[start:]
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		f, err := s.frameFor(m, h, a.FrameId)
		if err != nil {
			return err
		}
		var names []string
		prefix := word
		if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
			prefix = word[dot+1:]
			v, err := m.EvalInFrame(f, "dir("+word[:dot]+")")
			if err != nil {
				return nil // nothing to complete on a failing expression
			}
			if l, ok := v.(*vm.List); ok {
				for _, it := range l.Items {
					if n, ok := it.(vm.Str); ok {
						names = append(names, string(n))
					}
				}
			}
		} else {
			for _, v := range f.Locals() {
				names = append(names, v.Name)
			}
			for _, v := range f.Globals() {
				names = append(names, v.Name)
			}
			names = append(names, m.BuiltinNames()...)
			names = append(names, pythonKeywords...)
		}
		seen := map[string]bool{}
		r.Body.Targets = []godap.CompletionItem{}
		for _, n := range names {
			if seen[n] || !strings.HasPrefix(n, prefix) || (strings.HasPrefix(n, "_") && !strings.HasPrefix(prefix, "_")) {
				continue
			}
			seen[n] = true
			r.Body.Targets = append(r.Body.Targets, godap.CompletionItem{Label: n, Start: start + len(word) - len(prefix) + s.colBase, Length: len(prefix)})
		}
		sort.Slice(r.Body.Targets, func(i, j int) bool { return r.Body.Targets[i].Label < r.Body.Targets[j].Label })
		return nil
	})
	if ok {
		s.send(r)
	}
}

// pythonError is a Python exception as the user reads it: "Type: message".
func pythonError(m *vm.VM, err error) error { return errors.New(m.ExceptionMessage(err)) }
