package vm

import (
	"math"
	"strings"

	"tasklet/vm/pystr"
)

// strSelf returns the str inside self (a str or a str subclass instance).
func strSelf(v Value) string {
	switch s := v.(type) {
	case Str:
		return string(s)
	case *Instance:
		if p, ok := s.Payload.(Str); ok {
			return string(p)
		}
	}
	return ""
}

func strArg(fname string, v Value) (string, error) {
	switch s := v.(type) {
	case Str:
		return string(s), nil
	case *Instance:
		if p, ok := s.Payload.(Str); ok {
			return string(p), nil
		}
	}
	return "", Errorf(TypeError, "%s() argument must be str, not %s", fname, typeName(v))
}

// sliceArgs reads the optional start and end of find, count and friends.
func (vm *VM) sliceArgs(args []Value, from int) (int, int, error) {
	start, end := 0, math.MaxInt
	for i, dst := range []*int{&start, &end} {
		if from+i < len(args) && args[from+i] != None {
			n, ok, err := vm.index(args[from+i])
			if err != nil {
				return 0, 0, err
			}
			if !ok {
				return 0, 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
			}
			*dst = int(n)
		}
	}
	return start, end, nil
}

// joinStrs is sep.join(v) for a list or tuple of strs, made in one
// buffer without iterating; false for anything else.
func joinStrs(v Value, sep string) (Value, bool) {
	var items []Value
	switch x := v.(type) {
	case *List:
		items = x.Items
	case Tuple:
		items = x
	default:
		return nil, false
	}
	n := len(sep) * max(len(items)-1, 0)
	for _, it := range items {
		p, ok := it.(Str)
		if !ok {
			return nil, false
		}
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(it.(Str)))
	}
	return Str(b.String()), true
}

func strList(parts []string) *List {
	return &List{Items: strValues(parts)}
}

func init() {
	strType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: Str("")} }
	strType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: strType, Fn: strNew})
	m := func(name string, fn func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(strType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, strSelf(self), args, kw)
		})
	}
	simple := map[string]func(string) string{
		"upper": pystr.Upper, "lower": pystr.Lower, "casefold": pystr.CaseFold, "swapcase": pystr.SwapCase,
		"capitalize": pystr.Capitalize, "title": pystr.Title,
	}
	for name, f := range simple {
		name, f := name, f
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return Str(f(s)), nil
		})
	}
	preds := map[string]func(string) bool{
		"isalpha": pystr.IsAlpha, "isalnum": pystr.IsAlnum, "isdecimal": pystr.IsDecimal, "isdigit": pystr.IsDigit,
		"isnumeric": pystr.IsNumeric, "isspace": pystr.IsSpace, "isprintable": pystr.IsPrintable, "isascii": pystr.IsASCII,
		"isidentifier": pystr.IsIdentifier, "islower": pystr.IsLower, "isupper": pystr.IsUpper, "istitle": pystr.IsTitle,
	}
	for name, f := range preds {
		name, f := name, f
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return Bool(f(s)), nil
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 3); err != nil {
				return nil, err
			}
			sub, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", typeName(args[0]))
			}
			start, end, err := vm.sliceArgs(args, 1)
			if err != nil {
				return nil, err
			}
			switch name {
			case "find":
				return Int(pystr.Find(s, string(sub), start, end)), nil
			case "rfind":
				return Int(pystr.RFind(s, string(sub), start, end)), nil
			case "count":
				return Int(pystr.Count(s, string(sub), start, end)), nil
			case "index":
				i, err := pystr.Index(s, string(sub), start, end)
				return Int(i), pyErr(err)
			}
			i, err := pystr.RIndex(s, string(sub), start, end)
			return Int(i), pyErr(err)
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := vm.sliceArgs(args, 1)
			if err != nil {
				return nil, err
			}
			test := func(p string) bool {
				if name == "startswith" {
					return pystr.StartsWith(s, p, start, end)
				}
				return pystr.EndsWith(s, p, start, end)
			}
			switch x := args[0].(type) {
			case Str:
				return Bool(test(string(x))), nil
			case Tuple:
				for _, item := range x {
					p, ok := item.(Str)
					if !ok {
						return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, typeName(item))
					}
					if test(string(p)) {
						return True, nil
					}
				}
				return False, nil
			}
			return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(args[0]))
		})
	}
	m("replace", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("replace", args, kw, 2, 3); err != nil {
			return nil, err
		}
		old, err := strArg("replace", args[0])
		if err != nil {
			return nil, Errorf(TypeError, "replace() argument 1 must be str, not %s", typeName(args[0]))
		}
		nw, err := strArg("replace", args[1])
		if err != nil {
			return nil, Errorf(TypeError, "replace() argument 2 must be str, not %s", typeName(args[1]))
		}
		count := -1
		if len(args) == 3 {
			n, ok, err := vm.index(args[2])
			if err != nil || !ok {
				return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[2])))
			}
			count = int(n)
		}
		r, err := pystr.Replace(s, old, nw, count)
		return Str(r), pyErr(err)
	})
	for _, name := range []string{"split", "rsplit"} {
		name := name
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := onlyKw(name, kw, "sep", "maxsplit"); err != nil {
				return nil, err
			}
			var sep Value = None
			maxsplit := -1
			if len(args) > 0 {
				sep = args[0]
			}
			if v, ok := kwarg(kw, "sep"); ok {
				sep = v
			}
			var ms Value
			if len(args) > 1 {
				ms = args[1]
			}
			if v, ok := kwarg(kw, "maxsplit"); ok {
				ms = v
			}
			if ms != nil {
				n, ok, err := vm.index(ms)
				if err != nil || !ok {
					return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(ms)))
				}
				maxsplit = int(n)
			}
			if sep == None {
				if name == "split" {
					return strList(pystr.SplitWhitespace(s, maxsplit)), nil
				}
				return strList(pystr.RSplitWhitespace(s, maxsplit)), nil
			}
			sp, ok := sep.(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str or None, not %s", typeName(sep))
			}
			var parts []string
			var err error
			if name == "split" {
				parts, err = pystr.Split(s, string(sp), maxsplit)
			} else {
				parts, err = pystr.RSplit(s, string(sp), maxsplit)
			}
			if err != nil {
				return nil, pyError(err)
			}
			return strList(parts), nil
		})
	}
	m("splitlines", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		keep := false
		if len(args) > 0 {
			keep = args[0] == True || args[0] != Int(0) && args[0] != False
		}
		if v, ok := kwarg(kw, "keepends"); ok {
			keep = v == True
		}
		return strList(pystr.SplitLines(s, keep)), nil
	})
	m("join", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("join", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if r, ok := joinStrs(args[0], s); ok {
			return r, nil
		}
		var parts []string
		i := 0
		if ok, _ := vm.getIterNoCall(args[0]); !ok {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		return vm.iterate(args[0], func(v Value) (Value, error) {
			p, ok := v.(Str)
			if !ok {
				if inst, isInst := v.(*Instance); isInst {
					if ps, ok := inst.Payload.(Str); ok {
						p = ps
						goto ok
					}
				}
				return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, typeName(v))
			}
		ok:
			parts = append(parts, string(p))
			i++
			return nil, nil
		}, func() (Value, error) { return Str(strings.Join(parts, s)), nil })
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		side := map[string]pystr.Side{"strip": pystr.Both, "lstrip": pystr.Left, "rstrip": pystr.Right}[name]
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 || args[0] == None {
				return Str(pystr.Strip(s, side)), nil
			}
			chars, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "%s arg must be None or str", name)
			}
			return Str(pystr.StripChars(s, string(chars), side)), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 2); err != nil {
				return nil, err
			}
			w, ok, err := vm.index(args[0])
			if err != nil || !ok {
				return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0])))
			}
			fill := ' '
			if len(args) == 2 {
				f, ok := args[1].(Str)
				if !ok || strLen(string(f)) != 1 {
					return nil, Errorf(TypeError, "The fill character must be exactly one character long")
				}
				fill = []rune(string(f))[0]
			}
			var r string
			switch name {
			case "center":
				r, err = pystr.Center(s, int(w), fill)
			case "ljust":
				r, err = pystr.LJust(s, int(w), fill)
			default:
				r, err = pystr.RJust(s, int(w), fill)
			}
			return Str(r), pyErr(err)
		})
	}
	m("zfill", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("zfill", args, kw, 1, 1); err != nil {
			return nil, err
		}
		w, ok, err := vm.index(args[0])
		if err != nil || !ok {
			return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0])))
		}
		r, err := pystr.ZFill(s, int(w))
		return Str(r), pyErr(err)
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		m(name, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			sep, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", typeName(args[0]))
			}
			var a, b, c string
			var err error
			if name == "partition" {
				a, b, c, err = pystr.Partition(s, string(sep))
			} else {
				a, b, c, err = pystr.RPartition(s, string(sep))
			}
			if err != nil {
				return nil, pyError(err)
			}
			return Tuple{Str(a), Str(b), Str(c)}, nil
		})
	}
	m("removeprefix", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("removeprefix", args, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := strArg("removeprefix", args[0])
		return Str(pystr.RemovePrefix(s, p)), err
	})
	m("removesuffix", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("removesuffix", args, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := strArg("removesuffix", args[0])
		return Str(pystr.RemoveSuffix(s, p)), err
	})
	m("expandtabs", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		var sizeV Value = Int(8)
		if len(args) > 0 {
			sizeV = args[0]
		}
		if v, ok := kwarg(kw, "tabsize"); ok {
			sizeV = v
		}
		size, err := vm.intArg(sizeV)
		if err != nil {
			return nil, err
		}
		r, err := pystr.ExpandTabs(s, size)
		return Str(r), pyErr(err)
	})
	m("encode", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
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
		b, err := pystr.Encode(s, enc, errs)
		return Bytes(b), pyErr(err)
	})
	m("format", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		return vm.strFormat(s, args, kw)
	})
	m("format_map", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("format_map", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.strFormatMap(s, args[0])
	})
	m("translate", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("translate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.strTranslate(s, args[0])
	})
	strType.Dict.SetStr("maketrans", &Builtin{Name: "maketrans", Method: true, Static: true, Owner: strType, Fn: strMakeTrans})
	m("__len__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return Int(strLen(s)), nil })
	m("__str__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return Str(s), nil })
	m("__repr__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return Str(pystr.Repr(s)), nil })
	m("__hash__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return Int(strHash(s)), nil })
	m("__contains__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return vm.contains(Str(s), args[0]) })
	m("__getitem__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return vm.getItem(Str(s), args[0]) })
	m("__add__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		o, ok := args[0].(Str)
		if !ok {
			if inst, isInst := args[0].(*Instance); isInst {
				if p, ok := inst.Payload.(Str); ok {
					return Str(s) + p, nil
				}
			}
			return NotImplemented, nil
		}
		return Str(s) + o, nil
	})
	m("__mul__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		r, ok, err := vm.builtinBinary(0x2, Str(s), args[0], false)
		if !ok && err == nil {
			return NotImplemented, nil
		}
		return r, err
	})
	m("__mod__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
		return vm.percentFormat(Str(s), args[0])
	})
	m("__format__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return vm.format(Str(s), args[0]) })
	m("__iter__", func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) { return &strIter{s: s}, nil })
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		op := op
		m(op, func(vm *VM, s string, args []Value, kw []Kwarg) (Value, error) {
			o, ok := args[0].(Str)
			if !ok {
				if inst, isInst := args[0].(*Instance); isInst {
					if p, ok := inst.Payload.(Str); ok {
						o, ok = p, true
					}
				}
				if !ok {
					return NotImplemented, nil
				}
			}
			c := strings.Compare(s, string(o))
			switch op {
			case "__eq__":
				return Bool(c == 0), nil
			case "__ne__":
				return Bool(c != 0), nil
			case "__lt__":
				return Bool(c < 0), nil
			case "__le__":
				return Bool(c <= 0), nil
			case "__gt__":
				return Bool(c > 0), nil
			}
			return Bool(c >= 0), nil
		})
	}
}

// pyErr converts an error of the pure packages, leaving nil alone.
func pyErr(err error) error {
	if err == nil {
		return nil
	}
	return pyError(err)
}

func strNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	cls := args[0].(*Type)
	args = args[1:]
	if err := onlyKw("str", kw, "object", "encoding", "errors"); err != nil {
		return nil, err
	}
	wrap := func(s Value) (Value, error) {
		if cls == strType {
			return s, nil
		}
		return &Instance{Class: cls, Payload: s}, nil
	}
	var obj Value = Str("")
	if len(args) > 0 {
		obj = args[0]
	}
	if v, ok := kwarg(kw, "object"); ok {
		obj = v
	}
	enc, hasEnc := kwarg(kw, "encoding")
	if len(args) > 1 {
		enc, hasEnc = args[1], true
	}
	if hasEnc {
		b, ok := obj.(Bytes)
		if !ok {
			return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", typeName(obj))
		}
		errs := "strict"
		if v, ok := kwarg(kw, "errors"); ok {
			errs = strSelf(v)
		}
		if len(args) > 2 {
			errs = strSelf(args[2])
		}
		s, err := pystr.Decode(string(b), strSelf(enc), errs)
		if err != nil {
			return nil, pyError(err)
		}
		return wrap(Str(s))
	}
	r, err := vm.str(obj)
	return then(r, err, wrap)
}

func strMakeTrans(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("maketrans", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		src.Items(func(k, v Value) bool {
			if s, ok := k.(Str); ok {
				rs := []rune(string(s))
				if len(rs) != 1 {
					err = Errorf(ValueError, "string keys in translate table must be of length 1")
					return false
				}
				k = Int(rs[0])
			}
			err = d.Set(vm, k, v)
			return err == nil
		})
		return d, err
	}
	x, y, z := strSelf(args[0]), strSelf(args[1]), ""
	if len(args) == 3 {
		z = strSelf(args[2])
	}
	entries, err := pystr.MakeTrans(x, y, z)
	if err != nil {
		return nil, pyError(err)
	}
	for _, e := range entries {
		var v Value = Int(e.To)
		if e.Delete {
			v = None
		}
		d.Set(vm, Int(e.From), v)
	}
	return d, nil
}

func (vm *VM) strTranslate(s string, table Value) (Value, error) {
	var out strings.Builder
	for _, r := range s {
		v, err := vm.finishNested(vm.getItem(table, Int(r)))
		if err != nil {
			if isException(err, LookupError) {
				out.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case NoneType:
		case Int:
			out.WriteString(runeToString(rune(x)))
		case Str:
			out.WriteString(string(x))
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return Str(out.String()), nil
}
