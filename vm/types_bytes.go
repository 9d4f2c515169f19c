package vm

import (
	"strings"

	"tasklet/vm/pystr"
)

func bytesArg(name string, v Value) (string, error) {
	if b, ok := v.(Bytes); ok {
		return string(b), nil
	}
	return "", Errorf(TypeError, "a bytes-like object is required, not '%s'", typeName(v))
}

func bytesList(parts []string) *List {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Bytes(p)
	}
	return &List{Items: items}
}

func init() {
	bytesType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: bytesType, Fn: bytesNew})
	bm := func(name string, fn func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(bytesType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, string(self.(Bytes)), args, kw)
		})
	}
	simple := map[string]func(string) string{
		"upper": pystr.BytesUpper, "lower": pystr.BytesLower, "swapcase": pystr.BytesSwapCase,
		"capitalize": pystr.BytesCapitalize, "title": pystr.BytesTitle,
	}
	for name, f := range simple {
		f := f
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return Bytes(f(b)), nil })
	}
	preds := map[string]func(string) bool{
		"isalpha": pystr.BytesIsAlpha, "isalnum": pystr.BytesIsAlnum, "isdigit": pystr.BytesIsDigit,
		"isspace": pystr.BytesIsSpace, "islower": pystr.BytesIsLower, "isupper": pystr.BytesIsUpper,
		"istitle": pystr.BytesIsTitle, "isascii": pystr.IsASCII,
	}
	for name, f := range preds {
		f := f
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return Bool(f(b)), nil })
	}
	bm("decode", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		enc, errs := "utf-8", "strict"
		if len(args) > 0 {
			enc = strSelf(args[0])
		}
		if len(args) > 1 {
			errs = strSelf(args[1])
		}
		if v, ok := kwarg(kw, "encoding"); ok {
			enc = strSelf(v)
		}
		if v, ok := kwarg(kw, "errors"); ok {
			errs = strSelf(v)
		}
		s, err := pystr.Decode(b, enc, errs)
		return Str(s), pyErr(err)
	})
	bm("hex", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		sep := pystr.NoSep
		per := 1
		if len(args) > 0 {
			s := []rune(strSelf(args[0]))
			if len(s) != 1 {
				return nil, Errorf(ValueError, "sep must be length 1.")
			}
			sep = s[0]
		}
		if len(args) > 1 {
			var err error
			if per, err = vm.intArg(args[1]); err != nil {
				return nil, err
			}
		}
		s, err := pystr.BytesHex(b, sep, per)
		return Str(s), pyErr(err)
	})
	bytesType.Dict.SetStr("fromhex", &Builtin{Name: "fromhex", Method: true, Class: true, Owner: bytesType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("fromhex", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := pystr.BytesFromHex(strSelf(args[0]))
		return Bytes(s), pyErr(err)
	}})
	bm("join", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("join", args, kw, 1, 1); err != nil {
			return nil, err
		}
		var parts []string
		i := 0
		return vm.iterate(args[0], func(v Value) (Value, error) {
			p, ok := v.(Bytes)
			if !ok {
				return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(v))
			}
			i++
			parts = append(parts, string(p))
			return nil, nil
		}, func() (Value, error) { return Bytes(strings.Join(parts, b)), nil })
	})
	for _, name := range []string{"split", "rsplit"} {
		name := name
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
			var sep Value = None
			maxsplit := -1
			if len(args) > 0 {
				sep = args[0]
			}
			if v, ok := kwarg(kw, "sep"); ok {
				sep = v
			}
			var maxsplitV Value
			if len(args) > 1 {
				maxsplitV = args[1]
			}
			if v, ok := kwarg(kw, "maxsplit"); ok {
				maxsplitV = v
			}
			if maxsplitV != nil {
				var err error
				if maxsplit, err = vm.intArg(maxsplitV); err != nil {
					return nil, err
				}
			}
			if sep == None {
				if name == "split" {
					return bytesList(pystr.BytesSplitWhitespace(b, maxsplit)), nil
				}
				return bytesList(pystr.BytesRSplitWhitespace(b, maxsplit)), nil
			}
			s, err := bytesArg(name, sep)
			if err != nil {
				return nil, err
			}
			var parts []string
			if name == "split" {
				parts, err = pystr.Split(b, s, maxsplit)
			} else {
				parts, err = pystr.RSplit(b, s, maxsplit)
			}
			return bytesList(parts), pyErr(err)
		})
	}
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		side := map[string]pystr.Side{"strip": pystr.Both, "lstrip": pystr.Left, "rstrip": pystr.Right}[name]
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 0 || args[0] == None {
				return Bytes(pystr.BytesStrip(b, side)), nil
			}
			chars, err := bytesArg("strip", args[0])
			if err != nil {
				return nil, err
			}
			return Bytes(pystr.BytesStripChars(b, chars, side)), nil
		})
	}
	bm("replace", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("replace", args, kw, 2, 3); err != nil {
			return nil, err
		}
		old, err := bytesArg("replace", args[0])
		if err != nil {
			return nil, err
		}
		nw, err := bytesArg("replace", args[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) == 3 {
			count = int(args[2].(Int))
		}
		r, err := pystr.BytesReplace(b, old, nw, count)
		return Bytes(r), pyErr(err)
	})
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 3); err != nil {
				return nil, err
			}
			var sub string
			switch s := args[0].(type) {
			case Bytes:
				sub = string(s)
			case Int:
				sub = string([]byte{byte(s)})
			default:
				return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", typeName(args[0]))
			}
			start, end, err := vm.sliceArgs(args, 1)
			if err != nil {
				return nil, err
			}
			switch name {
			case "find":
				return Int(pystr.BytesFind(b, sub, start, end)), nil
			case "rfind":
				return Int(pystr.BytesRFind(b, sub, start, end)), nil
			case "count":
				return Int(pystr.BytesCount(b, sub, start, end)), nil
			case "index":
				i, err := pystr.BytesIndex(b, sub, start, end)
				return Int(i), pyErr(err)
			}
			i, err := pystr.BytesRIndex(b, sub, start, end)
			return Int(i), pyErr(err)
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		bm(name, func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := vm.sliceArgs(args, 1)
			if err != nil {
				return nil, err
			}
			test := func(p string) bool {
				if name == "startswith" {
					return pystr.BytesStartsWith(b, p, start, end)
				}
				return pystr.BytesEndsWith(b, p, start, end)
			}
			switch x := args[0].(type) {
			case Bytes:
				return Bool(test(string(x))), nil
			case Tuple:
				for _, item := range x {
					p, err := bytesArg(name, item)
					if err != nil {
						return nil, err
					}
					if test(p) {
						return True, nil
					}
				}
				return False, nil
			}
			return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(args[0]))
		})
	}
	bm("splitlines", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		keep := len(args) > 0 && args[0] == True
		if v, ok := kwarg(kw, "keepends"); ok {
			keep = v == True
		}
		return bytesList(pystr.BytesSplitLines(b, keep)), nil
	})
	bm("__len__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return Int(len(b)), nil })
	bm("__getitem__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return vm.getItem(Bytes(b), args[0]) })
	bm("__contains__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return vm.contains(Bytes(b), args[0]) })
	bm("__iter__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return &bytesIter{s: b}, nil })
	bm("__hash__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) { return Int(strHash(b)), nil })
	bm("__mod__", func(vm *VM, b string, args []Value, kw []Kwarg) (Value, error) {
		// bytes % args formats as str does, over the ASCII text.
		r, err := vm.percentFormat(Str(b), bytesFormatArgs(args[0]))
		return then(r, err, func(r Value) (Value, error) { return Bytes(r.(Str)), nil })
	})
}

// bytesFormatArgs lets %s take bytes in bytes % args, where it inserts
// the bytes themselves.
func bytesFormatArgs(v Value) Value {
	conv := func(x Value) Value {
		if b, ok := x.(Bytes); ok {
			return Str(b)
		}
		return x
	}
	if t, ok := v.(Tuple); ok {
		out := make(Tuple, len(t))
		for i, x := range t {
			out[i] = conv(x)
		}
		return out
	}
	return conv(v)
}

func bytesNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	args = args[1:]
	if err := onlyKw("bytes", kw, "source", "encoding", "errors"); err != nil {
		return nil, err
	}
	var src Value
	if len(args) > 0 {
		src = args[0]
	}
	if v, ok := kwarg(kw, "source"); ok {
		src = v
	}
	enc, hasEnc := kwarg(kw, "encoding")
	if len(args) > 1 {
		enc, hasEnc = args[1], true
	}
	switch s := src.(type) {
	case nil:
		return Bytes(""), nil
	case Str:
		if !hasEnc {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		errs := "strict"
		if v, ok := kwarg(kw, "errors"); ok {
			errs = strSelf(v)
		}
		b, err := pystr.Encode(string(s), strSelf(enc), errs)
		return Bytes(b), pyErr(err)
	case Bytes:
		return s, nil
	case Int:
		if s < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if err := vm.reserve(int64(s), 1); err != nil {
			return nil, err
		}
		return Bytes(make([]byte, s)), nil
	}
	var out []byte
	return vm.iterate(src, func(v Value) (Value, error) {
		i, ok := v.(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		if i < 0 || i > 255 {
			return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(i))
		return nil, nil
	}, func() (Value, error) { return Bytes(out), nil })
}
