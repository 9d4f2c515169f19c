package vm

import (
	"strings"
	"unicode/utf8"

	"tasklet/syntax"
	"tasklet/vm/compile"
)

// finishNested runs a pending call to completion in a nested run of the
// loop on the Go stack. Only the places LANGUAGE.md allows use it (dict and
// set hashing and equality, sort comparisons) and the rendering of
// tracebacks; a tasklet switch inside is refused.
func (vm *VM) finishNested(v Value, err error) (Value, error) {
	p, ok := v.(*pending)
	if !ok {
		return v, err
	}
	if vm.nested > maxNested {
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded in a nested call")
	}
	t := vm.cur
	var depth int32
	if t.frame != nil {
		depth = t.frame.depth
	}
	base := nativeFrame(t.frame, p.conts, depth)
	base.stop = true
	t.frame = base
	p.conts = nil
	vm.nested++
	defer func() { vm.nested-- }()
	vm.invoke(t, base, p)
	if t.stopped {
		return t.takeStop()
	}
	return vm.run()
}

// maxNested bounds nested runs of the loop, which do use the Go stack.
const maxNested = 200

// makeFunction runs MAKE_FUNCTION: the code is on top of the stack, with
// the closure, keyword defaults and defaults below it as flags say.
func (vm *VM) makeFunction(f *Frame, slots []Value, sp *int, flags int) Value {
	pop := func() Value {
		*sp--
		v := slots[*sp]
		slots[*sp] = nil
		return v
	}
	code := pop().(*Code)
	fn := &Function{Code: code, Globals: f.globals, Name: code.Name, QualName: code.QualName}
	fn.env = frameEnv{code: code, fn: fn, globals: f.globals}
	if code.Doc != nil {
		fn.Doc = Str(code.Doc.(string))
	} else {
		fn.Doc = None
	}
	if name, ok := f.globals.GetStr("__name__"); ok {
		fn.Module = name
	}
	if flags&compile.MakeClosure != 0 {
		cells := pop().(Tuple)
		fn.Closure = make([]*Cell, len(cells))
		for i, c := range cells {
			fn.Closure[i] = c.(*Cell)
		}
	}
	if flags&compile.MakeKwDefaults != 0 {
		fn.KwDefaults = pop().(*Dict)
	}
	if flags&compile.MakeDefaults != 0 {
		fn.Defaults = pop().(Tuple)
	}
	return fn
}

// unboundCell is the error for reading an empty cell.
func (vm *VM) unboundCell(f *Frame, i int) error {
	name := f.code.cellName(i)
	if i < len(f.code.Cellvars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func (c *Code) cellName(i int) string {
	if i < len(c.Cellvars) {
		return c.Cellvars[i]
	}
	return c.Freevars[i-len(c.Cellvars)]
}

// raiseVarargs makes the exception of a raise statement.
func (vm *VM) raiseVarargs(t *Tasklet, args []Value) error {
	if len(args) == 0 {
		e := t.exception()
		if e == nil {
			return Errorf(RuntimeError, "No active exception to reraise")
		}
		return reraiseMarker{e}
	}
	exc, err := vm.makeException(args[0])
	if err != nil {
		return err
	}
	if len(args) == 2 {
		switch c := args[1].(type) {
		case NoneType:
			exc.Cause = None
		default:
			ce, err := vm.makeException(c)
			if err != nil {
				return Errorf(TypeError, "exception causes must derive from BaseException")
			}
			exc.Cause = ce
		}
		exc.SuppressContext = true
	}
	return exc
}

// reraiseMarker is a bare raise: the handled exception, re-raised as is.
type reraiseMarker struct{ e *Exception }

func (r reraiseMarker) Error() string { return r.e.Error() }

// makeException turns the operand of raise into an exception instance:
// a class is called without arguments.
func (vm *VM) makeException(v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.IsSubtype(BaseException) {
			r, err := vm.finishNested(vm.callValue(x, nil, nil))
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
			return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", x.Name, typeName(r))
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

// exceptionMatches is the test of an except clause.
func (vm *VM) exceptionMatches(exc, spec Value) (Value, error) {
	e := exc.(*Exception)
	switch s := spec.(type) {
	case *Type:
		if !s.IsSubtype(BaseException) {
			return nil, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return Bool(e.Class.IsSubtype(s)), nil
	case Tuple:
		for _, item := range s {
			r, err := vm.exceptionMatches(exc, item)
			if err != nil {
				return nil, err
			}
			if r.(Bool) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// syntaxError makes the SyntaxError exception for a parse or compile
// error, with the attributes tracebacks show.
func (vm *VM) syntaxError(cls *Type, path string, sf *sourceFile, msg string, start, end syntax.Pos) *Exception {
	line := sf.line(start.Line)
	offset := charColumn(line, int(start.Col))
	endOffset := offset
	if end.Line == start.Line {
		endOffset = charColumn(line, int(end.Col))
	} else if end.Line > start.Line {
		endOffset = utf8.RuneCountInString(line) + 1
	}
	e := newException(cls, Str(msg), Tuple{Str(path), Int(start.Line), Int(offset), Str(line + "\n"), Int(end.Line), Int(endOffset)})
	e.Dict = NewDict()
	e.Dict.SetStr("msg", Str(msg))
	e.Dict.SetStr("filename", Str(path))
	e.Dict.SetStr("lineno", Int(start.Line))
	e.Dict.SetStr("offset", Int(offset))
	e.Dict.SetStr("text", Str(line+"\n"))
	e.Dict.SetStr("end_lineno", Int(end.Line))
	e.Dict.SetStr("end_offset", Int(endOffset))
	return e
}

// charColumn converts a 1-based byte column of line to a 1-based character
// column, as CPython reports offsets.
func charColumn(line string, col int) int {
	if col-1 > len(line) {
		return col - (len(line) - utf8.RuneCountInString(line))
	}
	if col < 1 {
		return col
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}

// writeSourceLine writes the source line of a traceback entry and, where
// the instruction covers only part of it, CPython 3.11's carets.
func (vm *VM) writeSourceLine(sb *strings.Builder, code *Code, span compile.Span) {
	line := code.source.line(span.Line)
	if line == "" {
		return
	}
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return
	}
	sb.WriteString("    " + stripped + "\n")
	leading := len(line) - len(strings.TrimLeft(line, " \t\f\v"))
	start := charColumn(line, int(span.Col))
	end := charColumn(line, int(span.EndCol))
	if span.EndLine != span.Line {
		end = utf8.RuneCountInString(strings.TrimRight(line, " \t\f\v")) + 1
	}
	strippedChars := utf8.RuneCountInString(line[:leading])
	strippedLen := utf8.RuneCountInString(stripped)
	var anchors *caretAnchors
	if span.EndLine == span.Line && int(span.Col) >= 1 && int(span.EndCol)-1 <= len(line) && span.Col <= span.EndCol {
		anchors = findAnchors(line[span.Col-1 : span.EndCol-1])
	}
	if end-start >= strippedLen && (anchors == nil || anchors.rightStart-anchors.leftEnd <= 0) {
		return
	}
	sb.WriteString("    ")
	sb.WriteString(strings.Repeat(" ", start-1-strippedChars))
	if anchors != nil {
		sb.WriteString(strings.Repeat("~", anchors.leftEnd))
		sb.WriteString(strings.Repeat("^", anchors.rightStart-anchors.leftEnd))
		sb.WriteString(strings.Repeat("~", end-start-anchors.rightStart))
	} else {
		sb.WriteString(strings.Repeat("^", end-start))
	}
	sb.WriteByte('\n')
}

// caretAnchors are the character offsets, within the instruction's
// segment, of the part that gets '^' rather than '~'.
type caretAnchors struct {
	leftEnd, rightStart int
}

// findAnchors locates the operator of a binary operation or the index of
// a subscript in a segment of source, as CPython 3.11's traceback does by
// parsing the segment.
func findAnchors(segment string) *caretAnchors {
	f, errs := syntax.Parse("<segment>", []byte(segment))
	if len(errs) > 0 || len(f.Body) != 1 {
		return nil
	}
	es, ok := f.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	chars := func(off int32) int { return utf8.RuneCountInString(segment[:off]) }
	switch x := es.X.(type) {
	case *syntax.BinaryExpr:
		if x.Op == syntax.AND || x.Op == syntax.OR {
			return nil
		}
		opStart := x.X.Span().End.Offset
		between := segment[opStart:x.Y.Span().Start.Offset]
		// Like CPython, skip only whitespace: with a parenthesized left
		// operand the anchor lands on the ')'.
		skip := len(between) - len(strings.TrimLeft(between, " \t\n\r\f\v"))
		left := int(opStart) + skip
		right := left + 1
		if skip+1 < len(between) && !isSpaceByte(between[skip+1]) {
			right++
		}
		return &caretAnchors{leftEnd: chars(int32(left)), rightStart: chars(int32(right))}
	case *syntax.Subscript:
		return &caretAnchors{leftEnd: chars(x.X.Span().End.Offset), rightStart: chars(x.Index.Span().End.Offset + 1)}
	}
	return nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// id returns the identity of v, as id() does.
func id(v Value) int64 {
	return int64(uintptr(valuePointer(v)))
}
