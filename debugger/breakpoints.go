package debugger

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"tasklet/vm"
)

// A LineBreakpoint is a breakpoint on a line of a file, as the user set
// it.
type LineBreakpoint struct {
	ID   int
	Line int
	// Condition, when not empty, is an expression: the breakpoint stops
	// only where it is true.
	Condition string
	// HitCondition, when not empty, says at which hits to stop: "5" (the
	// fifth), "== 5", ">= 5", "> 5", "<= 5", "< 5" or "% 5" (every fifth).
	HitCondition string
	// LogMessage, when not empty, makes the breakpoint a logpoint: it
	// prints the message, with each {expression} replaced by its value,
	// and does not stop.
	LogMessage string
}

// A FunctionBreakpoint stops at the first line of each call of the
// functions it names: by name ("f", which also names methods f), by
// qualified name ("C.method", "outer.<locals>.inner") or with the module
// ("mod.f").
type FunctionBreakpoint struct {
	ID           int
	Name         string
	Condition    string
	HitCondition string
	hits         int
}

// A Placement says where a breakpoint went.
type Placement struct {
	ID       int
	Verified bool
	Line     int    // the line it stops at: the first line with code from the line asked
	Message  string // why it is not verified
}

// ExceptionFilters choose the exception stops.
type ExceptionFilters struct {
	Raised   bool // every exception, where it is raised
	Uncaught bool // exceptions that no handler of their tasklet catches
	Deadlock bool // the deadlock error, before it is raised
}

// fileBreakpoints are the breakpoints of one file, by the line they stop
// at.
type fileBreakpoints struct {
	byLine map[int]*lineBreakpoint
}

type lineBreakpoint struct {
	LineBreakpoint
	hits int
}

// SetBreakpoints replaces the breakpoints of the file at path, and says
// where each went: to the first line at or after the one asked that holds
// code. They take effect at once, even while the program runs.
func (e *Engine) SetBreakpoints(path string, bps []LineBreakpoint) []Placement {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	placed := make([]Placement, len(bps))
	table := &fileBreakpoints{byLine: map[int]*lineBreakpoint{}}
	lines, lerr := codeLinesOf(abs)
	for i, bp := range bps {
		placed[i] = Placement{ID: bp.ID, Line: bp.Line}
		if lerr != nil {
			placed[i].Message = lerr.Error()
			continue
		}
		at := sort.SearchInts(lines, bp.Line)
		if at == len(lines) {
			placed[i].Message = fmt.Sprintf("no code at or after line %d", bp.Line)
			continue
		}
		if msg := checkHitCondition(bp.HitCondition); msg != "" {
			placed[i].Message = msg
			continue
		}
		line := lines[at]
		if table.byLine[line] != nil {
			placed[i].Message = fmt.Sprintf("another breakpoint is already at line %d", line)
			continue
		}
		placed[i].Verified, placed[i].Line = true, line
		bp.Line = line
		table.byLine[line] = &lineBreakpoint{LineBreakpoint: bp}
	}
	e.onVM(func() {
		if len(table.byLine) == 0 {
			delete(e.lines, abs)
		} else {
			e.lines[abs] = table
		}
		e.retrace()
	})
	return placed
}

// codeLinesOf returns the lines of the file at path that hold code.
func codeLinesOf(path string) ([]int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s", path)
	}
	lines, err := vm.CodeLines(path, src)
	if err != nil {
		return nil, fmt.Errorf("the file does not compile: %v", err)
	}
	return lines, nil
}

// SetFunctionBreakpoints replaces the function breakpoints.
func (e *Engine) SetFunctionBreakpoints(bps []FunctionBreakpoint) []Placement {
	placed := make([]Placement, len(bps))
	var table []*FunctionBreakpoint
	for i, bp := range bps {
		placed[i] = Placement{ID: bp.ID}
		name := strings.TrimSpace(bp.Name)
		switch {
		case name == "":
			placed[i].Message = "no function name"
		case checkHitCondition(bp.HitCondition) != "":
			placed[i].Message = checkHitCondition(bp.HitCondition)
		default:
			// Verified when a function of that name is called: it may be
			// defined by code not yet run.
			placed[i].Verified = true
			bp := bp
			bp.Name = name
			table = append(table, &bp)
		}
	}
	e.onVM(func() {
		e.functions = table
		e.retrace()
	})
	return placed
}

// SetExceptionFilters chooses the exception stops.
func (e *Engine) SetExceptionFilters(f ExceptionFilters) {
	e.onVM(func() {
		e.filters = f
		e.applyFilters()
	})
}

// onVM runs fn on the VM's goroutine: at once when the program has not
// started or has ended, at a quick pause while it runs.
func (e *Engine) onVM(fn func()) {
	if e.m == nil || !e.Running() {
		fn()
		return
	}
	if err := e.Do(func(*vm.VM) { fn() }); errors.Is(err, ErrNotRunning) {
		// The program ended meanwhile: its goroutine reads the tables no
		// more. A program busy in a system call keeps the call queued,
		// and runs it at its next pause; running it here too would race
		// with the loop once the system call returns.
		fn()
	}
}

func (e *Engine) applyFilters() {
	if e.m != nil {
		e.m.SetExceptionEvents(e.filters.Raised || e.filters.Uncaught)
	}
}

// retrace tells the VM which lines to report: those with breakpoints and
// the first lines of functions with function breakpoints, or every line
// during a step.
func (e *Engine) retrace() {
	if e.m == nil {
		return
	}
	e.m.SetFrameEvents(e.step != nil && e.step.kind != stepEntry || len(e.functions) > 0)
	if e.step == nil && len(e.lines) == 0 && len(e.functions) == 0 {
		e.m.SetLineEvents(nil)
		return
	}
	e.m.SetLineEvents(func(c *vm.Code) (bool, []int) {
		if e.step != nil {
			return true, nil
		}
		var lines []int
		if fb := e.lines[c.Filename]; fb != nil {
			for _, l := range c.Lines() {
				if fb.byLine[l] != nil {
					lines = append(lines, l)
				}
			}
		}
		if e.functionBreakpoint(c) != nil {
			lines = append(lines, c.EntryLine())
		}
		return false, lines
	})
}

// functionBreakpoint returns the function breakpoint naming c's function.
func (e *Engine) functionBreakpoint(c *vm.Code) *FunctionBreakpoint {
	if c.Name == "<module>" {
		return nil
	}
	for _, fb := range e.functions {
		if fb.Name == c.QualName || fb.Name == c.Name || fb.Name == moduleName(c.Filename)+"."+c.QualName {
			return fb
		}
	}
	return nil
}

func moduleName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// checkHitCondition returns what is wrong with a hit condition, or "".
func checkHitCondition(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if _, _, ok := parseHitCondition(s); !ok {
		return fmt.Sprintf("hit condition %q is not a number, optionally after ==, >=, >, <=, < or %%", s)
	}
	return ""
}

func parseHitCondition(s string) (op string, n int, ok bool) {
	s = strings.TrimSpace(s)
	op = "=="
	for _, o := range []string{"==", ">=", "<=", ">", "<", "%"} {
		if strings.HasPrefix(s, o) {
			op, s = o, strings.TrimSpace(s[len(o):])
			break
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || (op == "%" && n == 0) {
		return "", 0, false
	}
	return op, n, true
}

// hitMatches reports whether the hits-th hit stops under cond.
func hitMatches(cond string, hits int) bool {
	if strings.TrimSpace(cond) == "" {
		return true
	}
	op, n, ok := parseHitCondition(cond)
	if !ok {
		return true
	}
	switch op {
	case ">=":
		return hits >= n
	case ">":
		return hits > n
	case "<=":
		return hits <= n
	case "<":
		return hits < n
	case "%":
		return hits%n == 0
	}
	return hits == n
}

// conditionHolds evaluates a breakpoint's condition in frame f. A
// condition that fails to evaluate stops, saying why.
func (e *Engine) conditionHolds(f *vm.Frame, cond string) (bool, string) {
	if strings.TrimSpace(cond) == "" {
		return true, ""
	}
	v, err := e.m.EvalInFrame(f, "bool(("+cond+"))")
	if err != nil {
		return true, fmt.Sprintf("the condition %q failed: %s", cond, e.m.ExceptionMessage(err))
	}
	return v == vm.True, ""
}

// logMessage expands the {expressions} of a logpoint's message in frame
// f; {{ and }} stand for braces.
func (e *Engine) logMessage(f *vm.Frame, msg string) string {
	var sb strings.Builder
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case c == '{' && i+1 < len(msg) && msg[i+1] == '{':
			sb.WriteByte('{')
			i++
		case c == '}' && i+1 < len(msg) && msg[i+1] == '}':
			sb.WriteByte('}')
			i++
		case c == '{':
			end := strings.IndexByte(msg[i:], '}')
			if end < 0 {
				sb.WriteString(msg[i:])
				return sb.String()
			}
			expr := msg[i+1 : i+end]
			v, err := e.m.EvalInFrame(f, expr)
			if err != nil {
				sb.WriteString("<" + e.m.ExceptionMessage(err) + ">")
			} else if s, ok := v.(vm.Str); ok {
				sb.WriteString(string(s))
			} else {
				sb.WriteString(e.m.Repr(v))
			}
			i += end
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}
