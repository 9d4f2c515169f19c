package vm

import (
	"bufio"
	"io"
	"math"
	"os"
	"strings"
)

// A stdStream is sys.stdout, sys.stderr or sys.stdin.
type stdStream struct {
	name       string
	w          *bufio.Writer
	r          *bufio.Reader
	unbuffered bool
}

var textIOType = newBuiltinType("TextIOWrapper")

func (*stdStream) pyType() *Type { return textIOType }

func init() {
	addMethod(textIOType, "write", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "write() argument must be str, not %s", typeName(args[0]))
		}
		st := self.(*stdStream)
		if st.w == nil {
			return nil, Errorf(OSError, "not writable")
		}
		st.w.WriteString(string(s))
		if st.unbuffered {
			st.w.Flush()
		}
		return Int(strLen(string(s))), nil
	})
	addMethod(textIOType, "flush", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if st := self.(*stdStream); st.w != nil {
			st.w.Flush()
		}
		return None, nil
	})
	addMethod(textIOType, "readline", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		st := self.(*stdStream)
		if st.r == nil {
			return nil, Errorf(OSError, "not readable")
		}
		vm.Stdout.Flush()
		line, err := st.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, Errorf(OSError, "%v", err)
		}
		return Str(line), nil
	})
	addMethod(textIOType, "read", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		st := self.(*stdStream)
		if st.r == nil {
			return nil, Errorf(OSError, "not readable")
		}
		b, err := io.ReadAll(st.r)
		if err != nil {
			return nil, Errorf(OSError, "%v", err)
		}
		return Str(b), nil
	})
	addGetter(textIOType, "name", func(vm *VM, obj Value) (Value, error) { return Str(obj.(*stdStream).name), nil })

	nativeModules["sys"] = newSysModule
}

func (vm *VM) sysModule() *Module {
	if m, ok := vm.modules["sys"]; ok {
		return m
	}
	m := newSysModule(vm)
	vm.modules["sys"] = m
	return m
}

// sysStdout is the current sys.stdout (a program may replace it).
func (vm *VM) sysStdout() Value {
	if m, ok := vm.modules["sys"]; ok {
		if v, ok := m.Dict.GetStr("stdout"); ok {
			return v
		}
	}
	return vm.stdout
}

func newSysModule(vm *VM) *Module {
	m := vm.newModule("sys")
	d := m.Dict
	argv := make([]Value, len(vm.Argv))
	for i, a := range vm.Argv {
		argv[i] = Str(a)
	}
	d.SetStr("argv", &List{Items: argv})
	d.SetStr("stdout", vm.stdout)
	d.SetStr("stderr", vm.stderr)
	d.SetStr("stdin", vm.stdin)
	d.SetStr("__stdout__", vm.stdout)
	d.SetStr("__stderr__", vm.stderr)
	d.SetStr("__stdin__", vm.stdin)
	d.SetStr("maxsize", Int(math.MaxInt64))
	d.SetStr("byteorder", Str("little"))
	d.SetStr("platform", Str("linux"))
	d.SetStr("version", Str("3.11.2 (tasklet)"))
	d.SetStr("version_info", Tuple{Int(3), Int(11), Int(2), Str("final"), Int(0)})
	d.SetStr("hexversion", Int(0x030b02f0))
	d.SetStr("executable", Str(os.Args[0]))
	m.getters = map[string]func(vm *VM) Value{"modules": func(vm *VM) Value { return vm.modulesDict() }}
	paths := make([]Value, 0, len(vm.Path))
	for _, p := range vm.searchPath() {
		paths = append(paths, Str(p))
	}
	d.SetStr("path", &List{Items: paths})
	d.SetStr("builtin_module_names", Tuple{Str("builtins"), Str("sys")})
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, fn))
	}
	add("exit", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return nil, newException(SystemExit, args...)
	})
	add("getrecursionlimit", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if vm.recursionLimit <= 0 {
			return Int(math.MaxInt32), nil
		}
		return Int(vm.recursionLimit), nil
	})
	add("setrecursionlimit", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 1 {
			return nil, Errorf(ValueError, "recursion limit must be greater or equal than 1")
		}
		vm.recursionLimit = int(n)
		return None, nil
	})
	add("exc_info", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		e := vm.cur.exception()
		if e == nil {
			return Tuple{None, None, None}, nil
		}
		tb, _, _ := vm.specialAttr(e, "__traceback__")
		return Tuple{e.Class, e, tb}, nil
	})
	add("exception", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if e := vm.cur.exception(); e != nil {
			return e, nil
		}
		return None, nil
	})
	add("intern", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return args[0], nil
	})
	add("getsizeof", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getsizeof", args, kw, 1, 2); err != nil {
			return nil, err
		}
		return Int(64), nil
	})
	add("_getframe", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		depth := 0
		if len(args) > 0 {
			var err error
			if depth, err = vm.intArg(args[0]); err != nil {
				return nil, err
			}
		}
		f := vm.callerFrame()
		for i := 0; i < depth && f != nil; i++ {
			f = f.back
			for f != nil && f.code == nil {
				f = f.back
			}
		}
		if f == nil {
			return nil, Errorf(ValueError, "call stack is not deep enough")
		}
		return vm.frameObjectOf(f), nil
	})
	return m
}

// modulesDict mirrors vm.modules as sys.modules.
func (vm *VM) modulesDict() *Dict {
	d := NewDict()
	for name, m := range vm.modules {
		d.SetStr(name, m)
	}
	return d
}

func builtinInput(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var prompt Value = Str("")
	if len(args) == 1 {
		prompt = args[0]
	}
	r, err := vm.str(prompt)
	return then(r, err, func(p Value) (Value, error) {
		if _, err := vm.writeTo(nil, string(p.(Str)), true); err != nil {
			return nil, err
		}
		vm.Stdout.Flush()
		line, rerr := vm.Stdin.ReadString('\n')
		if rerr != nil && line == "" {
			return nil, Errorf(EOFError, "EOF when reading a line")
		}
		return Str(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
	})
}
