package vm

import (
	"errors"
	"os"
	"runtime"
	"strings"
	"syscall"
)

// The _os module: the system calls that lib/os.py and lib/os.path.py are
// built on, with CPython's OSError subclasses and messages
// ("[Errno 2] No such file or directory: 'x'"). Paths are str; bytes paths
// are not supported.

func init() { nativeModules["_os"] = newOSModule }

// pathArg is a path argument: a str, or an object with __fspath__ is not
// supported (the VM has no pathlib).
func pathArg(fname string, v Value) (string, error) {
	switch p := v.(type) {
	case Str:
		return string(p), nil
	case *Instance:
		if s, ok := p.Payload.(Str); ok {
			return string(s), nil
		}
	}
	return "", Errorf(TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, typeName(v))
}

// sysError is the OSError for a failed system call on path, of the
// subclass CPython picks from the errno.
func sysError(err error, path string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return osError(err, path)
	}
	cls := OSError
	switch errno {
	case syscall.ENOENT:
		cls = FileNotFoundError
	case syscall.EEXIST:
		cls = FileExistsError
	case syscall.EACCES, syscall.EPERM:
		cls = PermissionError
	case syscall.EISDIR:
		cls = IsADirectoryError
	case syscall.ENOTDIR:
		cls = NotADirectoryError
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e := newException(cls, Int(errno), Str(msg))
	e.Dict = NewDict()
	e.Dict.SetStr("errno", Int(errno))
	e.Dict.SetStr("strerror", Str(msg))
	e.Dict.SetStr("filename", Str(path))
	return e
}

func newOSModule(vm *VM) *Module {
	m := vm.newModule("_os")
	d := m.Dict
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, sandboxOS(name, fn)))
	}
	// onePath declares a function of one path argument.
	onePath := func(name string, fn func(path string) (Value, error)) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			p, err := pathArg(name, args[0])
			if err != nil {
				return nil, err
			}
			return fn(p)
		})
	}
	add("getcwd", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getcwd", args, kw, 0, 0); err != nil {
			return nil, err
		}
		wd, err := os.Getwd()
		if err != nil {
			return nil, sysError(err, ".")
		}
		return Str(wd), nil
	})
	onePath("chdir", func(p string) (Value, error) {
		if err := syscall.Chdir(p); err != nil {
			return nil, sysError(err, p)
		}
		return None, nil
	})
	onePath("listdir", func(p string) (Value, error) {
		f, err := os.Open(p)
		if err != nil {
			return nil, sysError(err, p)
		}
		defer f.Close()
		// Readdirnames keeps the directory's own order, as CPython's
		// listdir does.
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, sysError(err, p)
		}
		return strList(names), nil
	})
	add("mkdir", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("mkdir", args, kw, 2, 2); err != nil {
			return nil, err
		}
		p, err := pathArg("mkdir", args[0])
		if err != nil {
			return nil, err
		}
		mode, ok := args[1].(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
		if err := syscall.Mkdir(p, uint32(mode)); err != nil {
			return nil, sysError(err, p)
		}
		return None, nil
	})
	onePath("rmdir", func(p string) (Value, error) {
		if err := syscall.Rmdir(p); err != nil {
			return nil, sysError(err, p)
		}
		return None, nil
	})
	onePath("remove", func(p string) (Value, error) {
		if err := syscall.Unlink(p); err != nil {
			return nil, sysError(err, p)
		}
		return None, nil
	})
	add("rename", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("rename", args, kw, 2, 2); err != nil {
			return nil, err
		}
		src, err := pathArg("rename", args[0])
		if err != nil {
			return nil, err
		}
		dst, err := pathArg("rename", args[1])
		if err != nil {
			return nil, err
		}
		if err := syscall.Rename(src, dst); err != nil {
			return nil, sysError(err, src)
		}
		return None, nil
	})
	// stat and lstat return (mode, ino, dev, nlink, uid, gid, size, atime,
	// mtime, ctime) with the times in nanoseconds; os.py makes the
	// stat_result.
	statFn := func(name string, call func(string, *syscall.Stat_t) error) {
		onePath(name, func(p string) (Value, error) {
			var st syscall.Stat_t
			if err := call(p, &st); err != nil {
				return nil, sysError(err, p)
			}
			ns := func(ts syscall.Timespec) Value { return Int(ts.Sec*1e9 + ts.Nsec) }
			return Tuple{Int(st.Mode), Int(st.Ino), Int(st.Dev), Int(st.Nlink), Int(st.Uid), Int(st.Gid),
				Int(st.Size), ns(st.Atim), ns(st.Mtim), ns(st.Ctim)}, nil
		})
	}
	statFn("stat", syscall.Stat)
	statFn("lstat", syscall.Lstat)
	add("getpid", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getpid", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return Int(os.Getpid()), nil
	})
	add("cpu_count", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("cpu_count", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return Int(runtime.NumCPU()), nil
	})
	add("putenv", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("putenv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		k, ok1 := args[0].(Str)
		v, ok2 := args[1].(Str)
		if !ok1 || !ok2 {
			return nil, Errorf(TypeError, "str expected")
		}
		if k == "" || strings.Contains(string(k), "=") {
			return nil, Errorf(ValueError, "illegal environment variable name")
		}
		if err := os.Setenv(string(k), string(v)); err != nil {
			return nil, sysError(err, string(k))
		}
		return None, nil
	})
	add("unsetenv", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("unsetenv", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "str expected, not %s", typeName(args[0]))
		}
		if err := os.Unsetenv(string(k)); err != nil {
			return nil, sysError(err, string(k))
		}
		return None, nil
	})
	add("urandom", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("urandom", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative argument not allowed")
		}
		f, err := os.Open("/dev/urandom")
		if err != nil {
			return nil, sysError(err, "/dev/urandom")
		}
		defer f.Close()
		buf := make([]byte, n)
		if _, err := f.Read(buf); err != nil {
			return nil, sysError(err, "/dev/urandom")
		}
		return Bytes(buf), nil
	})
	env := NewDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.SetStr(k, Str(v))
		}
	}
	d.SetStr("environ", env)
	return m
}
