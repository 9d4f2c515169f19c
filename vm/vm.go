package vm

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"tasklet/syntax"
	"tasklet/vm/compile"
)

// A VM runs one tasklet program.
type VM struct {
	Stdout *bufio.Writer
	Stderr *bufio.Writer
	Stdin  *bufio.Reader
	Argv   []string
	// Path lists the directories searched by import, after the main
	// script's directory.
	Path []string

	builtins *Dict
	modules  map[string]*Module
	sources  map[string]*sourceFile

	// boxes holds the words that the loop's arithmetic boxes its results
	// in.
	boxes boxes

	cur  *Tasklet // the running tasklet
	main *Tasklet

	recursionLimit int
	frames         framePool
	// attention has a bit set for each thing the loop must look at when it
	// (re)loads a frame or jumps back (see attend): one check, and none of
	// the costs of limits, pauses and line events when nobody asks for
	// them. RequestPause sets it from other goroutines.
	attention atomic.Uint32
	// nested counts runs of the loop inside Go code (user __eq__ called by
	// a dict): tasklets cannot switch while it is non-zero.
	nested                int
	stdout, stderr, stdin *stdStream
	openFiles             []*fileObject

	sched scheduler
	// The channel switch being requested, and the pending call that
	// carries it to the loop (see channelSwitch).
	switchOp      channelSwitch
	switchPending pending
	switchInUse   bool
	freePendings  []*pending // see pendingCall
	concat        concatBuffer
	listener      Listener      // a debugger's, or nil
	events        EventListener // see events.go
	// lineFilter chooses the lines the listener hears of; nil for none.
	// Code objects remember the filter's answer for lineEpoch (see
	// trace.go).
	lineFilter LineFilter
	lineEpoch  uint32
	lastLine   lineMark
	// exceptionEvents says whether the listener wants Exception events
	// (see debug.go).
	exceptionEvents bool
	// wake interrupts time.sleep for RequestPause and Abort.
	wake chan struct{}
	// evaluating is set while a debugger evaluates code in a stopped
	// program: tasklets cannot switch, and the debugger's events stop.
	evaluating bool
	// budget counts down the instructions of the running time slice of
	// preemptive scheduling, which was sliceSize long.
	budget, sliceSize int64
	timeslice         int64 // Options.Timeslice
	// live holds the tasklets that are alive, for introspection.
	live liveList
	// deadlocks keeps the reports of deadlock errors raised.
	deadlocks []deadlockRecord
	limits    limits // see limits.go
}

// Options configure a VM.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string
	Path           []string
	// MaxInstructions, when positive, stops the program once it has run
	// about that many instructions (see countInstructions): RunSource
	// returns ErrInstructionLimit.
	MaxInstructions int64
	// Sandbox cuts the program off from the machine: open() and the
	// system calls of the os module (environment variables included)
	// raise PermissionError, and time.sleep returns at once. Imports
	// still read Path and TASKLETPATH.
	Sandbox bool
	// UnbufferedStdout writes what the program prints at once, as
	// CPython's -u does: for a debugger, which shows output as it comes.
	UnbufferedStdout bool
	// Timeslice, when positive, makes scheduling preemptive outside
	// run(timeout): after that many instructions the running tasklet
	// goes to the end of the runnable ring, as if it had called
	// stackless.schedule() (unless it is atomic or alone).
	Timeslice int64
}

// New makes a VM.
func New(opts Options) *VM {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	vm := &VM{
		Stdout:  bufio.NewWriterSize(opts.Stdout, 64<<10),
		Stderr:  bufio.NewWriter(opts.Stderr),
		Stdin:   bufio.NewReader(opts.Stdin),
		Argv:    opts.Argv,
		Path:    opts.Path,
		modules: map[string]*Module{},
		budget:  noBudget,
		sources: map[string]*sourceFile{},
		wake:    make(chan struct{}, 1),
	}
	vm.stdout = &stdStream{name: "<stdout>", w: vm.Stdout, unbuffered: opts.UnbufferedStdout}
	vm.stderr = &stdStream{name: "<stderr>", w: vm.Stderr, unbuffered: true}
	vm.stdin = &stdStream{name: "<stdin>", r: vm.Stdin}
	vm.builtins = newBuiltinsDict(vm)
	vm.main = &Tasklet{isMain: true, started: true, bound: true}
	vm.ringInsert(vm.main)
	vm.cur = vm.main
	vm.timeslice = opts.Timeslice
	vm.setBudget()
	vm.limits = limits{maxInstructions: opts.MaxInstructions, left: opts.MaxInstructions, mark: vm.budget, slice: vm.sliceSize, sandbox: opts.Sandbox}
	if opts.MaxInstructions > 0 {
		vm.attention.Or(attnLimit)
	}
	return vm
}

// A sourceFile is a loaded source, kept for tracebacks.
type sourceFile struct {
	path  string
	text  string
	lines []string
}

func (s *sourceFile) line(n int32) string {
	if s == nil || n < 1 || int(n) > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

func newSourceFile(path string, src []byte) *sourceFile {
	text := string(src)
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r\n")
	}
	return &sourceFile{path: path, text: text, lines: lines}
}

// ExitError reports how a program ended when it did not end normally.
type ExitError struct {
	Code int
}

func (e *ExitError) Error() string { return "exit status " + itoa(e.Code) }

// RunFile runs a program's main script. It returns nil when the program
// ends normally, or an *ExitError with the exit status; the traceback of
// an uncaught exception has already been printed to Stderr.
func (vm *VM) RunFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		vm.Stderr.WriteString("tasklet: can't open file '" + path + "': " + err.Error() + "\n")
		vm.Stderr.Flush()
		return &ExitError{Code: 2}
	}
	// Like CPython 3.11, the main script is known by its absolute path
	// (in tracebacks and __file__), and its directory leads sys.path.
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
		vm.Path = append([]string{filepath.Dir(abs)}, vm.Path...)
	}
	return vm.RunSource(path, src)
}

// RunSource runs src as the main module.
func (vm *VM) RunSource(path string, src []byte) (result error) {
	defer vm.Stdout.Flush()
	defer vm.Stderr.Flush()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(instructionLimit); ok {
				result = ErrInstructionLimit
				return
			}
			if _, ok := r.(aborted); ok {
				result = ErrAborted
				return
			}
			if os.Getenv("TASKLET_PANIC") != "" {
				// For debugging the VM itself: keep Go's stack trace.
				panic(r)
			}
			result = vm.reportInternalError(r)
		}
	}()
	mod := vm.newModule("__main__")
	mod.Dict.SetStr("__file__", Str(path))
	vm.modules["__main__"] = mod
	code, serr := vm.compileSource(path, src)
	if serr != nil {
		vm.Stdout.Flush()
		vm.Stderr.WriteString(vm.FormatTraceback(serr))
		return &ExitError{Code: 1}
	}
	_, err := vm.runModuleCode(code, mod)
	vm.Stdout.Flush()
	if err != nil {
		return vm.reportUncaught(err)
	}
	return nil
}

// reportInternalError turns a bug of the VM (a Go panic) into a report
// that says where the program was, instead of a Go crash.
func (vm *VM) reportInternalError(r any) error {
	exc := Errorf(SystemError, "internal error in the tasklet VM: %v", r)
	for f := vm.cur.frame; f != nil; f = f.back {
		if f.code != nil && f.pc > 0 {
			exc.Traceback = append(exc.Traceback, TracebackEntry{Code: f.code, PC: f.pc - 1})
		}
	}
	vm.Stdout.Flush()
	vm.Stderr.WriteString(vm.FormatTraceback(exc))
	return &ExitError{Code: 1}
}

// reportUncaught prints an exception that ended the program, or exits
// quietly for SystemExit, and returns the exit status.
func (vm *VM) reportUncaught(err error) error {
	exc := vm.toException(err)
	if exc.Class.IsSubtype(SystemExit) {
		return vm.systemExit(exc)
	}
	vm.Stderr.WriteString(vm.FormatTraceback(exc))
	for _, d := range vm.deadlocks {
		if d.exc == exc {
			vm.Stderr.WriteString("\nAll tasklets are blocked:\n" + d.report)
		}
	}
	return &ExitError{Code: 1}
}

func (vm *VM) systemExit(exc *Exception) error {
	var code Value = None
	if len(exc.Args) == 1 {
		code = exc.Args[0]
	} else if len(exc.Args) > 1 {
		code = exc.Args
	}
	switch c := code.(type) {
	case NoneType:
		return nil
	case Int:
		if c == 0 {
			return nil
		}
		return &ExitError{Code: int(c) & 0xff}
	case Bool:
		if !c {
			return nil
		}
		return &ExitError{Code: 1}
	}
	s, _ := vm.strNested(code)
	vm.Stderr.WriteString(s + "\n")
	return &ExitError{Code: 1}
}

// compileSource parses and compiles a file, returning a SyntaxError
// exception (with CPython's message) when it cannot.
func (vm *VM) compileSource(path string, src []byte) (*Code, *Exception) {
	return vm.compileSourceWith(compile.File, path, src)
}

// compileExec compiles source for exec() with locals apart from globals
// (see compile.Exec).
func (vm *VM) compileExec(path string, src []byte) (*Code, *Exception) {
	return vm.compileSourceWith(compile.Exec, path, src)
}

func (vm *VM) compileSourceWith(compileFile func(*syntax.File) (*compile.Code, []*compile.Error), path string, src []byte) (*Code, *Exception) {
	f, errs := syntax.Parse(path, src)
	// Source lines for tracebacks come from the decoded text, which
	// positions refer to (a coding cookie may have converted it).
	sf := newSourceFile(path, []byte(syntax.SourceText(src)))
	vm.sources[path] = sf
	if len(errs) > 0 {
		// Report the error CPython would: not always the first by position.
		e := syntax.FirstError(errs)
		end := e.End
		if e.FromTokenizer() || e.Kind == syntax.IndentationError {
			// CPython marks these with a single caret.
			end = e.Start
		}
		cls := SyntaxErrorType
		switch e.Kind {
		case syntax.IndentationError:
			cls = IndentationError
		case syntax.TabError:
			cls = TabError
		}
		return nil, vm.syntaxError(cls, path, sf, e.Msg, e.Start, end)
	}
	code, cerrs := compileFile(f)
	if len(cerrs) > 0 {
		e := cerrs[0]
		return nil, vm.syntaxError(SyntaxErrorType, path, sf, e.Msg, e.Pos, e.End)
	}
	return newCode(code, sf), nil
}

func (vm *VM) runModuleCode(code *Code, mod *Module) (Value, error) {
	f := vm.newFrame(&frameEnv{code: code, globals: mod.Dict, locals: mod.Dict})
	f.stop = true
	t := vm.cur
	if err := vm.pushFrame(t, f); err != nil {
		return nil, err
	}
	return vm.run()
}

func (vm *VM) newModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__builtins__", &Module{Name: "builtins", Dict: vm.builtins})
	m.Dict.SetStr("__doc__", None)
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
