package vm

import (
	"fmt"
	"strings"
)

// An Exception is an instance of BaseException or of any class derived
// from it, user classes included. It is also a Go error, which is how Go
// code raises it.
type Exception struct {
	Class           *Type
	Args            Tuple
	Dict            *Dict // attributes set on the instance
	Cause           Value // __cause__: nil (unset), None or *Exception
	Context         *Exception
	SuppressContext bool
	// Traceback lists the frames the exception passed through, innermost
	// first.
	Traceback []TracebackEntry
}

// A TracebackEntry is one frame of a traceback: the code and the
// instruction that was running.
type TracebackEntry struct {
	Code *Code
	PC   int
}

func (e *Exception) Error() string {
	msg := exceptionStr(e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// exceptionStr is str(e) for the built-in exception classes.
func exceptionStr(e *Exception) string {
	if s, ok := osErrorStr(e); ok {
		return s
	}
	if s, ok := syntaxErrorStr(e); ok {
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubtype(KeyError) {
			return reprSimple(e.Args[0])
		}
		return strSimple(e.Args[0])
	}
	return reprSimple(e.Args)
}

// syntaxErrorInit is SyntaxError(msg, (filename, lineno, offset, text
// [, end_lineno, end_offset])): the arguments, and the attributes they
// name, None when not given.
func syntaxErrorInit(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", TypeOf(self).Name)
	}
	e, ok := self.(*Exception)
	if !ok {
		return None, nil
	}
	names := []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}
	values := make([]Value, len(names))
	for i := range values {
		values[i] = None
	}
	if len(args) >= 1 {
		values[0] = args[0]
	}
	if len(args) == 2 {
		info, ok := args[1].(Tuple)
		if !ok {
			if l, isList := args[1].(*List); isList {
				info, ok = Tuple(l.Items), true
			}
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object is not iterable", typeName(args[1]))
		}
		if len(info) < 4 {
			return nil, Errorf(TypeError, "function takes at least 4 arguments (%d given)", len(info))
		}
		if len(info) > 6 {
			return nil, Errorf(TypeError, "function takes at most 6 arguments (%d given)", len(info))
		}
		copy(values[1:], info)
	}
	e.Args = append(Tuple(nil), args...)
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	for i, name := range names {
		e.Dict.SetStr(name, values[i])
	}
	return None, nil
}

// syntaxErrorStr is str() of a SyntaxError: its msg, then the base name
// of its file and its line when they are set, "msg (file.py, line 3)".
func syntaxErrorStr(e *Exception) (string, bool) {
	if !e.Class.IsSubtype(SyntaxErrorType) || e.Dict == nil {
		return "", false
	}
	msg, ok := e.Dict.GetStr("msg")
	if !ok {
		msg = None
	}
	s := strSimple(msg)
	fileV, _ := e.Dict.GetStr("filename")
	file, hasFile := fileV.(Str)
	lineV, _ := e.Dict.GetStr("lineno")
	line, hasLine := lineV.(Int)
	base := string(file)
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	switch {
	case hasFile && hasLine:
		return fmt.Sprintf("%s (%s, line %d)", s, base, line), true
	case hasFile:
		return fmt.Sprintf("%s (%s)", s, base), true
	case hasLine:
		return fmt.Sprintf("%s (line %d)", s, line), true
	}
	return s, true
}

// osErrorStr is str() of an OSError made from errno and strerror:
// "[Errno 2] No such file or directory: 'x'".
func osErrorStr(e *Exception) (string, bool) {
	if !e.Class.IsSubtype(OSError) || len(e.Args) != 2 {
		return "", false
	}
	s := "[Errno " + strSimple(e.Args[0]) + "] " + strSimple(e.Args[1])
	if e.Dict != nil {
		if fn, ok := e.Dict.GetStr("filename"); ok && fn != None {
			s += ": " + reprSimple(fn)
		}
	}
	return s, true
}

// Errorf creates an exception of class cls with a formatted message.
func Errorf(cls *Type, format string, args ...any) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(fmt.Sprintf(format, args...))}}
}

// newException creates an exception with the given arguments.
func newException(cls *Type, args ...Value) *Exception {
	return &Exception{Class: cls, Args: append(Tuple(nil), args...)}
}

// The built-in exception classes.
var (
	BaseException = newExceptionType("BaseException", objectType)

	SystemExit        = newExceptionType("SystemExit", BaseException)
	KeyboardInterrupt = newExceptionType("KeyboardInterrupt", BaseException)
	GeneratorExit     = newExceptionType("GeneratorExit", BaseException)
	TaskletExit       = newExceptionType("TaskletExit", SystemExit)
	ExceptionType     = newExceptionType("Exception", BaseException)

	StopIteration       = newExceptionType("StopIteration", ExceptionType)
	StopAsyncIteration  = newExceptionType("StopAsyncIteration", ExceptionType)
	ArithmeticError     = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointError  = newExceptionType("FloatingPointError", ArithmeticError)
	OverflowError       = newExceptionType("OverflowError", ArithmeticError)
	ZeroDivisionError   = newExceptionType("ZeroDivisionError", ArithmeticError)
	AssertionError      = newExceptionType("AssertionError", ExceptionType)
	AttributeError      = newExceptionType("AttributeError", ExceptionType)
	BufferError         = newExceptionType("BufferError", ExceptionType)
	EOFError            = newExceptionType("EOFError", ExceptionType)
	ImportError         = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundError = newExceptionType("ModuleNotFoundError", ImportError)
	LookupError         = newExceptionType("LookupError", ExceptionType)
	IndexError          = newExceptionType("IndexError", LookupError)
	KeyError            = newExceptionType("KeyError", LookupError)
	MemoryError         = newExceptionType("MemoryError", ExceptionType)
	NameError           = newExceptionType("NameError", ExceptionType)
	UnboundLocalError   = newExceptionType("UnboundLocalError", NameError)
	OSError             = newExceptionType("OSError", ExceptionType)
	FileNotFoundError   = newExceptionType("FileNotFoundError", OSError)
	FileExistsError     = newExceptionType("FileExistsError", OSError)
	IsADirectoryError   = newExceptionType("IsADirectoryError", OSError)
	NotADirectoryError  = newExceptionType("NotADirectoryError", OSError)
	PermissionError     = newExceptionType("PermissionError", OSError)
	TimeoutError        = newExceptionType("TimeoutError", OSError)
	ReferenceError      = newExceptionType("ReferenceError", ExceptionType)
	RuntimeError        = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedError = newExceptionType("NotImplementedError", RuntimeError)
	RecursionError      = newExceptionType("RecursionError", RuntimeError)
	SyntaxErrorType     = newExceptionType("SyntaxError", ExceptionType)
	IndentationError    = newExceptionType("IndentationError", SyntaxErrorType)
	TabError            = newExceptionType("TabError", IndentationError)
	SystemError         = newExceptionType("SystemError", ExceptionType)
	TypeError           = newExceptionType("TypeError", ExceptionType)
	ValueError          = newExceptionType("ValueError", ExceptionType)
	UnicodeError        = newExceptionType("UnicodeError", ValueError)
	UnicodeDecodeError  = newExceptionType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError  = newExceptionType("UnicodeEncodeError", UnicodeError)
	Warning             = newExceptionType("Warning", ExceptionType)
	UserWarning         = newExceptionType("UserWarning", Warning)
	DeprecationWarning  = newExceptionType("DeprecationWarning", Warning)
	RuntimeWarning      = newExceptionType("RuntimeWarning", Warning)
)

// exceptionTypes lists the classes that are built-in names.
var exceptionTypes = []*Type{
	BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, TaskletExit, ExceptionType,
	StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError,
	ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
	ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
	UnboundLocalError, OSError, FileNotFoundError, FileExistsError, IsADirectoryError,
	NotADirectoryError, PermissionError, TimeoutError, ReferenceError, RuntimeError,
	NotImplementedError, RecursionError, SyntaxErrorType, IndentationError, TabError,
	SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
	Warning, UserWarning, DeprecationWarning, RuntimeWarning,
}

func newExceptionType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	if base == objectType {
		t.newInstance = func(cls *Type) Value { return &Exception{Class: cls} }
	}
	return t
}

// isException reports whether v is an exception instance of class cls.
func isException(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(cls)
}

// formatExceptionLine is the last line of a traceback: "Type: message".
func formatExceptionLine(vm *VM, e *Exception) string {
	name := e.Class.QualName
	if m := e.Class.Module; m != "builtins" && m != "__main__" && m != "" {
		name = m + "." + name
	}
	msg, err := vm.strNested(e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// FormatTraceback renders e as CPython prints an uncaught exception,
// chained exceptions first.
func (vm *VM) FormatTraceback(e *Exception) string {
	var sb strings.Builder
	seen := map[*Exception]bool{}
	vm.formatChain(&sb, e, seen)
	return sb.String()
}

func (vm *VM) formatChain(sb *strings.Builder, e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if cause, ok := e.Cause.(*Exception); ok && !seen[cause] {
		vm.formatChain(sb, cause, seen)
		sb.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		vm.formatChain(sb, e.Context, seen)
		sb.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.Traceback) > 0 {
		sb.WriteString("Traceback (most recent call last):\n")
		vm.formatEntries(sb, e.Traceback)
	}
	if e.Class.IsSubtype(SyntaxErrorType) && e.Dict != nil {
		if _, ok := e.Dict.GetStr("lineno"); ok {
			vm.formatSyntaxError(sb, e)
			return
		}
	}
	sb.WriteString(formatExceptionLine(vm, e))
	sb.WriteByte('\n')
}

// formatSyntaxError prints a SyntaxError as CPython does: the file and
// line, the source line with leading spaces removed, and carets under the
// offending range.
func (vm *VM) formatSyntaxError(sb *strings.Builder, e *Exception) {
	attr := func(name string) Value {
		v, _ := e.Dict.GetStr(name)
		return v
	}
	filename := strSimple(attr("filename"))
	if lineno, ok := attr("lineno").(Int); ok {
		fmt.Fprintf(sb, "  File \"%s\", line %d\n", filename, lineno)
	}
	if text, ok := attr("text").(Str); ok {
		rtext := strings.TrimRight(string(text), "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := len([]rune(rtext)) - len([]rune(ltext))
		sb.WriteString("    " + ltext + "\n")
		if offset, ok := attr("offset").(Int); ok {
			end := offset
			if eo, ok := attr("end_offset").(Int); ok && eo != 0 {
				end = eo
			}
			if offset == end || end == -1 {
				end = offset + 1
			}
			col, endCol := int(offset)-1-spaces, int(end)-1-spaces
			if col >= 0 {
				var caret strings.Builder
				for i, r := range []rune(ltext) {
					if i >= col {
						break
					}
					if r == '\t' || r == '\f' || r == '\v' {
						caret.WriteRune(r)
					} else {
						caret.WriteByte(' ')
					}
				}
				n := endCol - col
				if n < 1 {
					n = 1
				}
				sb.WriteString("    " + caret.String() + strings.Repeat("^", n) + "\n")
			}
		}
	}
	msg := strSimple(attr("msg"))
	if msg == "" {
		msg = "<no detail available>"
	}
	name := e.Class.QualName
	sb.WriteString(name + ": " + msg + "\n")
}

// formatEntries writes the frames outermost first, folding runs of the
// same line as CPython does ("[Previous line repeated N more times]").
func (vm *VM) formatEntries(sb *strings.Builder, tb []TracebackEntry) {
	const recursiveCutoff = 3
	var lastFile, lastName string
	lastLine := int32(-1)
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(sb, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		ent := tb[i]
		code := ent.Code
		span := code.Pos[ent.PC]
		if code.Filename == lastFile && span.Line == lastLine && code.Name == lastName {
			count++
			if count > recursiveCutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName = code.Filename, span.Line, code.Name
			count = 1
		}
		fmt.Fprintf(sb, "  File \"%s\", line %d, in %s\n", code.Filename, span.Line, code.Name)
		vm.writeSourceLine(sb, code, span)
	}
	flush()
}

// errnoClasses are the OSError subclasses that OSError(errno, ...) makes.
var errnoClasses = map[int64]*Type{
	1: PermissionError, 2: FileNotFoundError, 13: PermissionError, 17: FileExistsError,
	20: NotADirectoryError, 21: IsADirectoryError, 110: TimeoutError,
}

func init() {
	OSError.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: OSError, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		rest := args[1:]
		if cls == OSError && len(rest) >= 2 {
			if n, ok := rest[0].(Int); ok {
				if sub, ok := errnoClasses[int64(n)]; ok {
					cls = sub
				}
			}
		}
		e := &Exception{Class: cls, Args: append(Tuple(nil), rest...)}
		if len(rest) >= 2 && len(rest) <= 5 {
			e.Dict = NewDict()
			e.Dict.SetStr("errno", rest[0])
			e.Dict.SetStr("strerror", rest[1])
			if len(rest) >= 3 {
				e.Dict.SetStr("filename", rest[2])
				e.Args = Tuple{rest[0], rest[1]}
			} else {
				e.Dict.SetStr("filename", None)
			}
		}
		return e, nil
	}})
	addMethod(OSError, "__init__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return None, nil
	})
	for _, name := range []string{"errno", "strerror", "filename"} {
		name := name
		addGetSet(OSError, name, func(vm *VM, obj Value) (Value, error) {
			if d := obj.(*Exception).Dict; d != nil {
				if v, ok := d.GetStr(name); ok {
					return v, nil
				}
			}
			return None, nil
		}, func(vm *VM, obj Value, v Value) error {
			e := obj.(*Exception)
			if e.Dict == nil {
				e.Dict = NewDict()
			}
			e.Dict.SetStr(name, v)
			return nil
		})
	}
	BaseException.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: BaseException, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(BaseException) {
			return nil, Errorf(TypeError, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		return &Exception{Class: cls, Args: append(Tuple(nil), args[1:]...)}, nil
	}})
	addMethod(BaseException, "__init__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", TypeOf(self).Name)
		}
		if e, ok := self.(*Exception); ok {
			e.Args = append(Tuple(nil), args...)
		}
		return None, nil
	})
	addMethod(SyntaxErrorType, "__init__", syntaxErrorInit)
	addMethod(BaseException, "__str__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		e := self.(*Exception)
		if s, ok := osErrorStr(e); ok {
			return Str(s), nil
		}
		if s, ok := syntaxErrorStr(e); ok {
			return Str(s), nil
		}
		switch len(e.Args) {
		case 0:
			return Str(""), nil
		case 1:
			if e.Class.IsSubtype(KeyError) {
				return vm.repr(e.Args[0])
			}
			return vm.str(e.Args[0])
		}
		return vm.repr(e.Args)
	})
	addMethod(BaseException, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		e := self.(*Exception)
		r, err := vm.repr(e.Args)
		return then(r, err, func(a Value) (Value, error) {
			s := string(a.(Str))
			if len(e.Args) == 1 {
				s = s[:len(s)-2] + ")"
			}
			return Str(e.Class.QualName + s), nil
		})
	})
	addMethod(BaseException, "with_traceback", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("with_traceback", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if tb, ok := args[0].(*tracebackObject); ok {
			self.(*Exception).Traceback = append([]TracebackEntry(nil), tb.entries...)
		} else if args[0] == None {
			self.(*Exception).Traceback = nil
		}
		return self, nil
	})
}
