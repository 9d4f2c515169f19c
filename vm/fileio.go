package vm

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// A fileObject is what open() returns: a text or binary file.
type fileObject struct {
	name   string
	mode   string
	binary bool
	f      *os.File
	r      *bufio.Reader
	w      *bufio.Writer
	closed bool
}

var (
	textFileType   = newBuiltinType("TextIOWrapper")
	binaryFileType = newBuiltinType("BufferedReader")
)

func (f *fileObject) pyType() *Type {
	if f.binary {
		return binaryFileType
	}
	return textFileType
}

// osError makes the OSError subclass for a failed system call on the
// file name, with errno, strerror and filename as CPython sets them.
func osError(err error, name string) *Exception {
	var pe *fs.PathError
	cls := OSError
	errno := 0
	msg := err.Error()
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
		if en, ok := pe.Err.(syscall.Errno); ok {
			errno = int(en)
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls = FileNotFoundError
	case errors.Is(err, fs.ErrExist):
		cls = FileExistsError
	case errors.Is(err, fs.ErrPermission):
		cls = PermissionError
	case errno == int(syscall.EISDIR):
		cls = IsADirectoryError
	case errno == int(syscall.ENOTDIR):
		cls = NotADirectoryError
	}
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e := newException(cls, Int(errno), Str(msg))
	e.Dict = NewDict()
	e.Dict.SetStr("errno", Int(errno))
	e.Dict.SetStr("strerror", Str(msg))
	e.Dict.SetStr("filename", Str(name))
	return e
}

func builtinOpen(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if vm.limits.sandbox {
		return nil, sandboxRefusal("open")
	}
	if err := onlyKw("open", kw, "file", "mode", "buffering", "encoding", "errors", "newline"); err != nil {
		return nil, err
	}
	if v, ok := kwarg(kw, "file"); ok {
		args = append([]Value{v}, args...)
	}
	if len(args) < 1 {
		return nil, Errorf(TypeError, "open() missing required argument 'file' (pos 1)")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(args[0]))
	}
	mode := "r"
	if len(args) > 1 {
		mode = strSelf(args[1])
	}
	if v, ok := kwarg(kw, "mode"); ok {
		mode = strSelf(v)
	}
	flags := 0
	switch {
	case strings.Contains(mode, "r") && strings.Contains(mode, "+"):
		flags = os.O_RDWR
	case strings.Contains(mode, "r"):
		flags = os.O_RDONLY
	case strings.Contains(mode, "w"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if strings.Contains(mode, "+") {
			flags = os.O_RDWR | os.O_CREATE | os.O_TRUNC
		}
	case strings.Contains(mode, "a"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	default:
		return nil, Errorf(ValueError, "invalid mode: '%s'", mode)
	}
	f, err := os.OpenFile(string(name), flags, 0o666)
	if err != nil {
		return nil, osError(err, string(name))
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, osError(&fs.PathError{Op: "open", Path: string(name), Err: syscall.EISDIR}, string(name))
	}
	fo := &fileObject{name: string(name), mode: mode, binary: strings.Contains(mode, "b"), f: f}
	if flags&(os.O_WRONLY|os.O_RDWR) != 0 {
		fo.w = bufio.NewWriter(f)
	}
	if flags&os.O_WRONLY == 0 {
		fo.r = bufio.NewReader(f)
	}
	vm.openFiles = append(vm.openFiles, fo)
	return fo, nil
}

func (f *fileObject) check() error {
	if f.closed {
		if f.binary && f.w == nil {
			return Errorf(ValueError, "read of closed file")
		}
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	return nil
}

func (f *fileObject) close() {
	if f.closed {
		return
	}
	if f.w != nil {
		f.w.Flush()
	}
	f.f.Close()
	f.closed = true
}

func (f *fileObject) wrap(s string) Value {
	if f.binary {
		return Bytes(s)
	}
	return Str(s)
}

func init() {
	for _, t := range []*Type{textFileType, binaryFileType} {
		fm := func(name string, fn func(vm *VM, f *fileObject, args []Value) (Value, error)) {
			addMethod(t, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				f := self.(*fileObject)
				if name != "close" && name != "__exit__" {
					if err := f.check(); err != nil {
						return nil, err
					}
				}
				return fn(vm, f, args)
			})
		}
		fm("read", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			if f.r == nil {
				return nil, Errorf(UnsupportedOperation, "not readable")
			}
			if len(args) > 0 && args[0] != None && args[0] != Int(-1) {
				n := int(args[0].(Int))
				if f.binary {
					buf := make([]byte, n)
					k, _ := io.ReadFull(f.r, buf)
					return Bytes(buf[:k]), nil
				}
				var sb strings.Builder
				for i := 0; i < n; i++ {
					r, _, err := f.r.ReadRune()
					if err != nil {
						break
					}
					sb.WriteRune(r)
				}
				return Str(sb.String()), nil
			}
			b, err := io.ReadAll(f.r)
			if err != nil {
				return nil, Errorf(OSError, "%v", err)
			}
			return f.wrap(string(b)), nil
		})
		fm("readline", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			if f.r == nil {
				return nil, Errorf(UnsupportedOperation, "not readable")
			}
			line, err := f.r.ReadString('\n')
			if err != nil && err != io.EOF {
				return nil, Errorf(OSError, "%v", err)
			}
			return f.wrap(line), nil
		})
		fm("readlines", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			if f.r == nil {
				return nil, Errorf(UnsupportedOperation, "not readable")
			}
			var out []Value
			for {
				line, err := f.r.ReadString('\n')
				if line != "" {
					out = append(out, f.wrap(line))
				}
				if err != nil {
					break
				}
			}
			return &List{Items: out}, nil
		})
		fm("write", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			if f.w == nil {
				return nil, Errorf(UnsupportedOperation, "not writable")
			}
			if len(args) != 1 {
				return nil, Errorf(TypeError, "write() takes exactly one argument (%d given)", len(args))
			}
			switch s := args[0].(type) {
			case Str:
				if f.binary {
					return nil, Errorf(TypeError, "a bytes-like object is required, not 'str'")
				}
				f.w.WriteString(string(s))
				return Int(strLen(string(s))), nil
			case Bytes:
				if !f.binary {
					return nil, Errorf(TypeError, "write() argument must be str, not bytes")
				}
				f.w.WriteString(string(s))
				return Int(len(s)), nil
			}
			return nil, Errorf(TypeError, "write() argument must be str, not %s", typeName(args[0]))
		})
		fm("writelines", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			return vm.iterate(args[0], func(v Value) (Value, error) {
				s, ok := v.(Str)
				if !ok {
					return nil, Errorf(TypeError, "write() argument must be str, not %s", typeName(v))
				}
				f.w.WriteString(string(s))
				return nil, nil
			}, func() (Value, error) { return None, nil })
		})
		fm("flush", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			if f.w != nil {
				f.w.Flush()
			}
			return None, nil
		})
		fm("close", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		fm("__enter__", func(vm *VM, f *fileObject, args []Value) (Value, error) { return f, nil })
		fm("__exit__", func(vm *VM, f *fileObject, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		fm("__iter__", func(vm *VM, f *fileObject, args []Value) (Value, error) { return &fileLines{f: f}, nil })
		addGetter(t, "closed", func(vm *VM, obj Value) (Value, error) { return Bool(obj.(*fileObject).closed), nil })
		addGetter(t, "name", func(vm *VM, obj Value) (Value, error) { return Str(obj.(*fileObject).name), nil })
		addGetter(t, "mode", func(vm *VM, obj Value) (Value, error) { return Str(obj.(*fileObject).mode), nil })
	}
}

// fileLines iterates the lines of a file.
type fileLines struct{ f *fileObject }

func (*fileLines) pyType() *Type { return iteratorType }

func (it *fileLines) next(vm *VM) (Value, bool, error) {
	if err := it.f.check(); err != nil {
		return nil, false, err
	}
	if it.f.r == nil {
		return nil, false, Errorf(UnsupportedOperation, "not readable")
	}
	line, err := it.f.r.ReadString('\n')
	if line == "" && err != nil {
		return nil, false, nil
	}
	return it.f.wrap(line), true, nil
}

// UnsupportedOperation is io.UnsupportedOperation.
var UnsupportedOperation = newExceptionType("UnsupportedOperation", OSError)
