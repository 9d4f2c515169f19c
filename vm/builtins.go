package vm

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"tasklet/vm/compile"
	"tasklet/vm/pyformat"
)

// args helpers: argument checking with CPython's messages.

func checkArgs(name string, args []Value, kw []Kwarg, min, max int) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return checkCount(name, len(args), min, max)
}

func checkCount(name string, n, min, max int) error {
	if n >= min && (n <= max || max < 0) {
		return nil
	}
	if min == max {
		switch min {
		case 0:
			return Errorf(TypeError, "%s() takes no arguments (%d given)", name, n)
		case 1:
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
		return Errorf(TypeError, "%s expected %d arguments, got %d", name, min, n)
	}
	if n < min {
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// kwarg finds a keyword argument by name.
func kwarg(kw []Kwarg, name string) (Value, bool) {
	for _, k := range kw {
		if k.Name == name {
			return k.Value, true
		}
	}
	return nil, false
}

// onlyKw checks that kw holds only the given names.
func onlyKw(fname string, kw []Kwarg, names ...string) error {
	for _, k := range kw {
		ok := false
		for _, n := range names {
			if k.Name == n {
				ok = true
			}
		}
		if !ok {
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	return nil
}

func newBuiltinsDict(vm *VM) *Dict {
	d := NewDict()
	add := func(b *Builtin) { d.SetStr(b.Name, b) }
	for _, t := range []*Type{objectType, typeType, intType, boolType, floatType, strType, bytesType, tupleType,
		listType, dictType, setType, frozensetType, rangeType, sliceType, propertyType, staticmethodType,
		classmethodType, superType, complexType} {
		d.SetStr(t.Name, t)
	}
	for _, t := range exceptionTypes {
		d.SetStr(t.Name, t)
	}
	d.SetStr("EnvironmentError", OSError)
	d.SetStr("IOError", OSError)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__name__", Str("builtins"))
	d.SetStr("__debug__", True)
	d.SetStr("__build_class__", buildClassBuiltin)
	add(builtinFunc("print", builtinPrint))
	add(builtinFunc("breakpoint", builtinBreakpoint))
	add(builtinFunc("len", builtinLen))
	add(builtinFunc("repr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("repr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.repr(args[0])
	}))
	add(builtinFunc("ascii", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("ascii", args, kw, 1, 1); err != nil {
			return nil, err
		}
		r, err := vm.repr(args[0])
		return then(r, err, func(r Value) (Value, error) { return Str(asciiEscape(string(r.(Str)))), nil })
	}))
	add(builtinFunc("isinstance", builtinIsinstance))
	add(builtinFunc("issubclass", builtinIssubclass))
	add(builtinFunc("hasattr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "hasattr(): attribute name must be string")
		}
		r, err := vm.getAttr(args[0], string(name))
		return thenCatch(r, err, func(Value) (Value, error) { return True, nil }, func(err error) (Value, error) {
			if isException(err, AttributeError) {
				return False, nil
			}
			return nil, err
		})
	}))
	add(builtinFunc("getattr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		r, err := vm.getAttr(args[0], string(name))
		if len(args) == 2 {
			return r, err
		}
		return thenCatch(r, err, func(v Value) (Value, error) { return v, nil }, func(err error) (Value, error) {
			if isException(err, AttributeError) {
				return args[2], nil
			}
			return nil, err
		})
	}))
	add(builtinFunc("setattr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		r, err := vm.setAttr(args[0], string(name), args[2])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	}))
	add(builtinFunc("delattr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("delattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		r, err := vm.delAttr(args[0], string(name))
		return then(r, err, func(Value) (Value, error) { return None, nil })
	}))
	add(builtinFunc("id", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("id", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return Int(id(args[0])), nil
	}))
	add(builtinFunc("hash", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("hash", args, kw, 1, 1); err != nil {
			return nil, err
		}
		h, err := vm.hash(args[0])
		return Int(h), err
	}))
	add(builtinFunc("callable", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("callable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		ok, _ := builtinCallable(args[0])
		return Bool(ok), nil
	}))
	add(builtinFunc("iter", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("iter", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if ok, _ := builtinCallable(args[0]); !ok {
				return nil, Errorf(TypeError, "iter(v, w): v must be callable")
			}
			return &callIter{fn: args[0], sentinel: args[1]}, nil
		}
		return vm.getIter(args[0])
	}))
	add(builtinFunc("next", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("next", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if !vm.isIterator(args[0]) {
			return nil, Errorf(TypeError, "'%s' object is not an iterator", typeName(args[0]))
		}
		r, err := vm.next(args[0])
		if len(args) == 1 {
			return r, err
		}
		return thenCatch(r, err, func(v Value) (Value, error) { return v, nil }, func(err error) (Value, error) {
			if isException(err, StopIteration) {
				return args[1], nil
			}
			return nil, err
		})
	}))
	add(builtinFunc("abs", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("abs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case Int:
			if x < 0 {
				return vm.unaryOp(compile.UNARY_NEGATIVE, x)
			}
			return x, nil
		case Bool:
			if x {
				return Int(1), nil
			}
			return Int(0), nil
		case *big.Int:
			return MakeInt(new(big.Int).Abs(x)), nil
		case Float:
			return Float(math.Abs(float64(x))), nil
		}
		if r, found, err := vm.callSpecial(args[0], "__abs__"); found || err != nil {
			return r, err
		}
		return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", typeName(args[0]))
	}))
	add(builtinFunc("divmod", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("divmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		q, err := vm.binaryOp(compile.FloorDiv, args[0], args[1], false)
		if e, ok := err.(*Exception); ok && e.Class == TypeError && strings.HasPrefix(exceptionStr(e), "unsupported operand") {
			err = Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(args[0]), typeName(args[1]))
		}
		return then(q, err, func(q Value) (Value, error) {
			m, err := vm.binaryOp(compile.Mod, args[0], args[1], false)
			return then(m, err, func(m Value) (Value, error) { return Tuple{q, m}, nil })
		})
	}))
	add(builtinFunc("pow", builtinPow))
	add(builtinFunc("round", builtinRound))
	add(builtinFunc("min", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.minMax("min", args, kw, compile.Lt) }))
	add(builtinFunc("max", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.minMax("max", args, kw, compile.Gt) }))
	add(builtinFunc("sum", builtinSum))
	add(builtinFunc("any", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.anyAll("any", args, kw, true) }))
	add(builtinFunc("all", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.anyAll("all", args, kw, false) }))
	add(builtinFunc("sorted", builtinSorted))
	add(builtinFunc("chr", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("chr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		i, ok, err := vm.index(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if i < 0 || i > 0x10FFFF {
			return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
		}
		return Str(runeToString(rune(i))), nil
	}))
	add(builtinFunc("ord", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("ord", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch s := args[0].(type) {
		case Str:
			rs := []rune(string(s))
			if len(rs) != 1 {
				return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(rs))
			}
			return Int(rs[0]), nil
		case Bytes:
			if len(s) != 1 {
				return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(s))
			}
			return Int(s[0]), nil
		}
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", typeName(args[0]))
	}))
	add(builtinFunc("hex", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.intToBase("hex", args, kw, 16) }))
	add(builtinFunc("oct", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.intToBase("oct", args, kw, 8) }))
	add(builtinFunc("bin", func(vm *VM, args []Value, kw []Kwarg) (Value, error) { return vm.intToBase("bin", args, kw, 2) }))
	add(builtinFunc("format", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("format", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var spec Value = Str("")
		if len(args) == 2 {
			spec = args[1]
		}
		return vm.format(args[0], spec)
	}))
	add(builtinFunc("vars", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("vars", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return vm.callerLocals(), nil
		}
		if d := instanceDict(args[0], true); d != nil {
			return d, nil
		}
		if t, ok := args[0].(*Type); ok {
			return t.Dict, nil
		}
		return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
	}))
	add(builtinFunc("globals", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		return vm.callerFrame().globals, nil
	}))
	add(builtinFunc("locals", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		return vm.callerLocals(), nil
	}))
	add(builtinFunc("dir", builtinDir))
	add(builtinFunc("input", builtinInput))
	add(builtinFunc("open", builtinOpen))
	add(builtinFunc("enumerate", newEnumerate))
	add(builtinFunc("zip", newZip))
	add(builtinFunc("map", newMap))
	add(builtinFunc("filter", newFilter))
	add(builtinFunc("reversed", newReversed))
	add(builtinFunc("exec", builtinExec))
	add(builtinFunc("eval", builtinEval))
	add(builtinFunc("__import__", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "__import__() missing required argument 'name' (pos 1)")
		}
		name, _ := args[0].(Str)
		return vm.importModule(string(name), nil, 0)
	}))
	return d
}

// builtinCallable is callable(v).
func builtinCallable(v Value) (bool, error) {
	switch v.(type) {
	case *Function, *Builtin, *Method, *Type, *StaticMethod:
		return true, nil
	}
	_, ok := TypeOf(v).Lookup("__call__")
	return ok, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("print", kw, "sep", "end", "file", "flush"); err != nil {
		return nil, err
	}
	sep, end := " ", "\n"
	if v, ok := kwarg(kw, "sep"); ok && v != None {
		s, ok := v.(Str)
		if !ok {
			return nil, Errorf(TypeError, "sep must be None or a string, not %s", typeName(v))
		}
		sep = string(s)
	}
	if v, ok := kwarg(kw, "end"); ok && v != None {
		s, ok := v.(Str)
		if !ok {
			return nil, Errorf(TypeError, "end must be None or a string, not %s", typeName(v))
		}
		end = string(s)
	}
	file, _ := kwarg(kw, "file")
	flush, _ := kwarg(kw, "flush")
	parts := make([]string, 0, len(args))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(args); i++ {
			if s, ok := args[i].(Str); ok {
				parts = append(parts, string(s))
				continue
			}
			r, err := vm.str(args[i])
			if _, isPending := r.(*pending); isPending || err != nil {
				return then(r, err, func(r Value) (Value, error) {
					parts = append(parts, string(r.(Str)))
					return step(i + 1)
				})
			}
			parts = append(parts, string(r.(Str)))
		}
		doFlush := flush != nil && flush != False && flush != None
		if file != nil && file != None {
			if _, std := file.(*stdStream); !std {
				// A file object of the program's sees each piece written
				// on its own, as CPython writes them.
				var pieces []string
				for i, p := range parts {
					if i > 0 {
						pieces = append(pieces, sep)
					}
					pieces = append(pieces, p)
				}
				pieces = append(pieces, end)
				return vm.writePieces(file, pieces, doFlush)
			}
		}
		text := strings.Join(parts, sep) + end
		return vm.writeTo(file, text, doFlush)
	}
	return step(0)
}

// writePieces writes each piece with the file's write method, then
// flushes it if asked.
func (vm *VM) writePieces(file Value, pieces []string, flush bool) (Value, error) {
	if len(pieces) == 0 {
		if flush {
			r, err := vm.callMethod(file, "flush")
			return then(r, err, func(Value) (Value, error) { return None, nil })
		}
		return None, nil
	}
	if pieces[0] == "" {
		return vm.writePieces(file, pieces[1:], flush)
	}
	r, err := vm.callMethod(file, "write", Str(pieces[0]))
	return then(r, err, func(Value) (Value, error) { return vm.writePieces(file, pieces[1:], flush) })
}

// writeTo writes text to a file object (nil or None for sys.stdout).
func (vm *VM) writeTo(file Value, text string, flush bool) (Value, error) {
	if file == nil || file == None {
		file = vm.sysStdout()
	}
	switch f := file.(type) {
	case *stdStream:
		if _, err := f.w.WriteString(text); err != nil {
			return nil, Errorf(OSError, "%v", err)
		}
		if flush || f.unbuffered {
			f.w.Flush()
		}
		return None, nil
	}
	r, err := vm.callMethod(file, "write", Str(text))
	return then(r, err, func(Value) (Value, error) { return None, nil })
}

func builtinLen(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("len", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return vm.length(args[0])
}

// length is len(v).
func (vm *VM) length(v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return Int(strLen(string(x))), nil
	case *List:
		return Int(len(x.Items)), nil
	case Tuple:
		return Int(len(x)), nil
	case *Dict:
		return Int(x.Len()), nil
	case *Set:
		return Int(x.Len()), nil
	case Bytes:
		return Int(len(x)), nil
	case *Range:
		return Int(x.Len()), nil
	}
	if r, found, err := vm.callSpecial(v, "__len__"); found || err != nil {
		return then(r, err, func(r Value) (Value, error) {
			n, err := vm.lenResult(r)
			return Int(n), err
		})
	}
	if inst, ok := v.(*Instance); ok && inst.Payload != nil {
		return vm.length(inst.Payload)
	}
	return nil, Errorf(TypeError, "object of type '%s' has no len()", typeName(v))
}

func builtinIsinstance(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return vm.isInstance(args[0], args[1])
}

func (vm *VM) isInstance(obj, spec Value) (Value, error) {
	switch s := spec.(type) {
	case *Type:
		if TypeOf(obj).IsSubtype(s) {
			return True, nil
		}
		if meta := TypeOf(s); meta != typeType {
			if ic, ok := meta.Lookup("__instancecheck__"); ok {
				if _, isFn := ic.(*Function); isFn {
					r, err := vm.callValue(ic, []Value{s, obj}, nil)
					return then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
				}
			}
		}
		return False, nil
	case Tuple:
		for _, item := range s {
			r, err := vm.finishNested(vm.isInstance(obj, item))
			if err != nil {
				return nil, err
			}
			if r == True {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtinIssubclass(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	c, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	var check func(spec Value) (bool, error)
	check = func(spec Value) (bool, error) {
		switch s := spec.(type) {
		case *Type:
			return c.IsSubtype(s), nil
		case Tuple:
			for _, item := range s {
				ok, err := check(item)
				if err != nil || ok {
					return ok, err
				}
			}
			return false, nil
		}
		return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	ok, err := check(args[1])
	return Bool(ok), err
}

func builtinPow(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("pow", kw, "base", "exp", "mod"); err != nil {
		return nil, err
	}
	if len(kw) > 0 {
		vals := append([]Value(nil), args...)
		for _, k := range kw {
			i := map[string]int{"base": 0, "exp": 1, "mod": 2}[k.Name]
			for len(vals) <= i {
				vals = append(vals, nil)
			}
			vals[i] = k.Value
		}
		if len(vals) < 2 || vals[0] == nil || vals[1] == nil {
			return nil, Errorf(TypeError, "pow() missing required argument 'exp' (pos 2)")
		}
		if len(vals) == 3 && vals[2] == nil {
			vals = vals[:2]
		}
		args = vals
	}
	if err := checkCount("pow", len(args), 2, 3); err != nil {
		return nil, err
	}
	if len(args) == 3 && args[2] != None {
		b, bok := intValue(args[0])
		e, eok := intValue(args[1])
		m, mok := intValue(args[2])
		if !bok || !eok || !mok {
			return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		mb := toBig(m)
		if mb.Sign() == 0 {
			return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
		}
		eb := toBig(e)
		bb := toBig(b)
		if eb.Sign() < 0 {
			inv := new(big.Int).ModInverse(bb, new(big.Int).Abs(mb))
			if inv == nil {
				return nil, Errorf(ValueError, "base is not invertible for the given modulus")
			}
			bb = inv
			eb = new(big.Int).Neg(eb)
		}
		r := new(big.Int).Exp(bb, eb, new(big.Int).Abs(mb))
		if mb.Sign() < 0 && r.Sign() != 0 {
			r.Add(r, mb)
		}
		return MakeInt(r), nil
	}
	return vm.binaryOp(compile.Pow, args[0], args[1], false)
}

func builtinRound(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("round", kw, "ndigits"); err != nil {
		return nil, err
	}
	if v, ok := kwarg(kw, "ndigits"); ok {
		args = append(args, v)
	}
	if err := checkCount("round", len(args), 1, 2); err != nil {
		return nil, err
	}
	var nd Value = None
	if len(args) == 2 {
		nd = args[1]
	}
	x := args[0]
	if f, ok := floatValue(x); ok {
		if nd == None {
			r, err := pyformat.Round(float64(f))
			if err != nil {
				return nil, pyError(err)
			}
			return MakeInt(r), nil
		}
		n, ok, err := vm.index(nd)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(nd))
		}
		r, err := pyformat.RoundN(float64(f), int(n))
		return Float(r), pyErr(err)
	}
	if i, ok := intValue(x); ok {
		if nd == None {
			return i, nil
		}
		n, _, err := vm.index(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return i, nil
		}
		return roundInt(toBig(i), -n), nil
	}
	if nd == None {
		if r, found, err := vm.callSpecial(x, "__round__"); found || err != nil {
			return r, err
		}
	} else if r, found, err := vm.callSpecial(x, "__round__", nd); found || err != nil {
		return r, err
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", typeName(x))
}

// roundInt rounds i to a multiple of 10**digits, halves to even.
func roundInt(i *big.Int, digits int64) Value {
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(digits), nil)
	q, r := new(big.Int).DivMod(i, pow, new(big.Int))
	twice := new(big.Int).Mul(r, big.NewInt(2))
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return MakeInt(q.Mul(q, pow))
}

// minMax is min() or max(): op is the comparison that makes a candidate
// win.
func (vm *VM) minMax(name string, args []Value, kw []Kwarg, op compile.CmpOp) (Value, error) {
	if err := onlyKw(name, kw, "key", "default"); err != nil {
		return nil, err
	}
	key, _ := kwarg(kw, "key")
	if key == None {
		key = nil
	}
	dflt, hasDefault := kwarg(kw, "default")
	var iterable Value
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		iterable = args[0]
	default:
		if hasDefault {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		iterable = append(Tuple(nil), args...)
	}
	var best, bestKey Value
	return vm.iterate(iterable, func(v Value) (Value, error) {
		k, err := Value(v), error(nil)
		if key != nil {
			k, err = vm.callValue(key, []Value{v}, nil)
		}
		return then(k, err, func(k Value) (Value, error) {
			if best == nil {
				best, bestKey = v, k
				return nil, nil
			}
			r, err := vm.compare(op, k, bestKey)
			r, err = then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
			return then(r, err, func(r Value) (Value, error) {
				if r.(Bool) {
					best, bestKey = v, k
				}
				return nil, nil
			})
		})
	}, func() (Value, error) {
		if best == nil {
			if hasDefault {
				return dflt, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
		return best, nil
	})
}

func builtinSum(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("sum", kw, "start"); err != nil {
		return nil, err
	}
	if v, ok := kwarg(kw, "start"); ok {
		args = append(args, v)
	}
	if err := checkCount("sum", len(args), 1, 2); err != nil {
		return nil, err
	}
	var total Value = Int(0)
	if len(args) == 2 {
		total = args[1]
		switch total.(type) {
		case Str:
			return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case Bytes:
			return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	return vm.iterate(args[0], func(v Value) (Value, error) {
		if a, ok := total.(Int); ok {
			if b, ok := v.(Int); ok {
				if r, ok := intFast(compile.Add, a, b); ok {
					total = vm.boxes.int(r)
					return nil, nil
				}
			}
		}
		r, err := vm.binaryOp(compile.Add, total, v, false)
		return then(r, err, func(r Value) (Value, error) {
			total = r
			return nil, nil
		})
	}, func() (Value, error) { return total, nil })
}

func (vm *VM) anyAll(name string, args []Value, kw []Kwarg, any bool) (Value, error) {
	if err := checkArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	result := !any
	return vm.iterate(args[0], func(v Value) (Value, error) {
		r, err := vm.truth(v)
		return then(r, err, func(r Value) (Value, error) {
			if bool(r.(Bool)) == any {
				result = any
				return stopIter, nil
			}
			return nil, nil
		})
	}, func() (Value, error) { return Bool(result), nil })
}

func builtinSorted(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	if err := sortKeywords(kw); err != nil {
		return nil, err
	}
	return vm.collect(args[0], func(items []Value) (Value, error) {
		l := &List{Items: items}
		r, err := vm.sortList(l, kw)
		return then(r, err, func(Value) (Value, error) { return l, nil })
	})
}

// sortKeywords checks sort's keywords with CPython's message.
func sortKeywords(kw []Kwarg) error {
	for _, k := range kw {
		if k.Name != "key" && k.Name != "reverse" {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for sort()", k.Name)
		}
	}
	return nil
}

// sortList sorts l in place, stably. Keys are computed through the loop
// (so a key function may block or switch tasklets); comparisons between
// keys that need user code run nested, which LANGUAGE.md allows.
func (vm *VM) sortList(l *List, kw []Kwarg) (Value, error) {
	key, _ := kwarg(kw, "key")
	if key == None {
		key = nil
	}
	rev, _ := kwarg(kw, "reverse")
	reverse := false
	if rev != nil {
		r, err := vm.finishNested(vm.truth(rev))
		if err != nil {
			return nil, err
		}
		reverse = bool(r.(Bool))
	}
	items := l.Items
	keys := items
	finish := func() (Value, error) {
		if key == nil && vm.sortInts(l.Items, reverse) {
			return None, nil
		}
		if idx, ok := orderByKeys(keys, reverse); ok {
			sorted := make([]Value, len(items))
			for i, j := range idx {
				sorted[i] = items[j]
			}
			copy(l.Items, sorted)
			return None, nil
		}
		idx := make([]int, len(items))
		for i := range idx {
			idx[i] = i
		}
		var cmpErr error
		less := func(a, b int) bool {
			if cmpErr != nil {
				return false
			}
			x, y := keys[idx[a]], keys[idx[b]]
			if reverse {
				x, y = y, x
			}
			lt, err := vm.lessThan(x, y)
			if err != nil {
				cmpErr = err
			}
			return lt
		}
		sort.SliceStable(idx, less)
		if cmpErr != nil {
			return nil, cmpErr
		}
		sorted := make([]Value, len(items))
		for i, j := range idx {
			sorted[i] = items[j]
		}
		copy(l.Items, sorted)
		return None, nil
	}
	if key == nil {
		return finish()
	}
	computed := make([]Value, 0, len(items))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(items); i++ {
			k, err := vm.callValue(key, []Value{items[i]}, nil)
			if _, isPending := k.(*pending); isPending || err != nil {
				return then(k, err, func(k Value) (Value, error) {
					computed = append(computed, k)
					return step(i + 1)
				})
			}
			computed = append(computed, k)
		}
		keys = computed
		return finish()
	}
	return step(0)
}

// sortInts sorts items in place when all of them are ints, and reports
// whether they were. Equal ints cannot be told apart (is compares their
// values), so the ints are sorted as Go integers, with no comparison
// function and no regard for stability, and boxed again.
func (vm *VM) sortInts(items []Value, reverse bool) bool {
	ints := make([]int64, len(items))
	for i, v := range items {
		n, ok := v.(Int)
		if !ok {
			return false
		}
		ints[i] = int64(n)
	}
	slices.Sort(ints)
	if reverse {
		slices.Reverse(ints)
	}
	for i, n := range ints {
		items[i] = vm.boxes.int(Int(n))
	}
	return true
}

// orderByKeys returns the order in which a stable sort puts keys, when
// all of them are ints or all are strs: those compare without user code,
// so a sort of Go values (by key, then by position, which makes it
// stable) does the work in O(n log n) steps with no comparison through
// lessThan. It returns false for any other keys.
func orderByKeys(keys []Value, reverse bool) ([]int, bool) {
	if len(keys) == 0 {
		return nil, false
	}
	switch keys[0].(type) {
	case Int:
		return stableOrder[Int](keys, reverse)
	case Str:
		return stableOrder[Str](keys, reverse)
	}
	return nil, false
}

// stableOrder is orderByKeys for keys of type K, false if one is not.
func stableOrder[K Int | Str](keys []Value, reverse bool) ([]int, bool) {
	type keyed struct {
		k K
		i int
	}
	ks := make([]keyed, len(keys))
	for i, v := range keys {
		k, ok := v.(K)
		if !ok {
			return nil, false
		}
		ks[i] = keyed{k, i}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		c := cmp.Compare(a.k, b.k)
		if reverse {
			c = -c
		}
		if c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	idx := make([]int, len(ks))
	for i, k := range ks {
		idx[i] = k.i
	}
	return idx, true
}

// lessThan is x < y for sorting, running user comparisons nested.
func (vm *VM) lessThan(x, y Value) (bool, error) {
	switch a := x.(type) {
	case Int:
		if b, ok := y.(Int); ok {
			return a < b, nil
		}
	case Str:
		if b, ok := y.(Str); ok {
			return a < b, nil
		}
	case Float:
		if b, ok := y.(Float); ok {
			return a < b, nil
		}
	}
	r, err := vm.compare(compile.Lt, x, y)
	r, err = then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
	r, err = vm.finishNested(r, err)
	if err != nil {
		return false, err
	}
	return bool(r.(Bool)), nil
}

func (vm *VM) intToBase(name string, args []Value, kw []Kwarg, base int) (Value, error) {
	if err := checkArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	i, ok := intValue(args[0])
	if !ok {
		n, ok, err := vm.index(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		i = Int(n)
	}
	return Str(pyformat.IntToBase(toBig(i), base)), nil
}

func builtinDir(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if _, owner := TypeOf(args[0]).lookupOwner("__dir__"); owner != nil && !owner.builtin {
			r, _, err := vm.callSpecial(args[0], "__dir__")
			return then(r, err, func(r Value) (Value, error) {
				return vm.collect(r, func(items []Value) (Value, error) {
					l := &List{Items: items}
					r, err := vm.sortList(l, nil)
					return then(r, err, func(Value) (Value, error) { return l, nil })
				})
			})
		}
	}
	names := map[string]bool{}
	if len(args) == 0 {
		vm.callerLocals().Items(func(k, _ Value) bool {
			names[string(k.(Str))] = true
			return true
		})
	} else {
		obj := args[0]
		if m, ok := obj.(*Module); ok {
			m.Dict.Items(func(k, _ Value) bool {
				names[string(k.(Str))] = true
				return true
			})
		} else {
			if d := instanceDict(obj, false); d != nil {
				d.Items(func(k, _ Value) bool {
					names[string(k.(Str))] = true
					return true
				})
			}
			cls := TypeOf(obj)
			if t, ok := obj.(*Type); ok {
				cls = t
			}
			for _, c := range cls.MRO {
				c.Dict.Items(func(k, _ Value) bool {
					names[string(k.(Str))] = true
					return true
				})
			}
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([]Value, len(keys))
	for i, k := range keys {
		items[i] = Str(k)
	}
	return &List{Items: items}, nil
}

// callerFrame is the Python frame that called the running built-in.
func (vm *VM) callerFrame() *Frame {
	f := vm.cur.frame
	for f != nil && f.code == nil {
		f = f.back
	}
	return f
}

// callerLocals is locals() of the calling frame: its namespace, or a dict
// of its fast locals and cells.
func (vm *VM) callerLocals() *Dict {
	f := vm.callerFrame()
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	return frameLocals(f)
}

// frameLocals builds a dict of a function frame's variables.
func frameLocals(f *Frame) *Dict {
	d := NewDict()
	code, slots := f.code, f.slotSlice()
	for i, name := range code.Varnames {
		if v := slots[i]; v != nil {
			d.SetStr(name, v)
		}
	}
	for i := 0; i < code.ncells; i++ {
		if c, ok := slots[code.nlocals+i].(*Cell); ok && c.V != nil {
			d.SetStr(code.cellName(i), c.V)
		}
	}
	return d
}

func runeToString(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		// A lone surrogate cannot be UTF-8; keep it as WTF-8 bytes so
		// that it survives round trips through the VM.
		return string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}
