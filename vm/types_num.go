package vm

import (
	"math"
	"math/big"

	"tasklet/vm/compile"
	"tasklet/vm/pyformat"
)

func init() {
	for _, t := range []*Type{intType, floatType} {
		t := t
		for op := compile.Add; op <= compile.Xor; op++ {
			op := op
			fwd, ref, _ := op.Methods()
			addMethod(t, fwd, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				if err := checkArgs(fwd, args, kw, 1, 1); err != nil {
					return nil, err
				}
				return numberDunder(op, self, args[0], t)
			})
			addMethod(t, ref, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				if err := checkArgs(ref, args, kw, 1, 1); err != nil {
					return nil, err
				}
				return numberDunder(op, args[0], self, t)
			})
		}
		for op := compile.Lt; op <= compile.Ge; op++ {
			op := op
			addMethod(t, op.Method(), func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				if err := checkArgs(op.Method(), args, kw, 1, 1); err != nil {
					return nil, err
				}
				if r, ok := numberCompare(op, unwrapNumber(self), unwrapNumber(args[0])); ok {
					return Bool(r), nil
				}
				return NotImplemented, nil
			})
		}
		addMethod(t, "__hash__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			h, err := vm.hash(unwrapNumber(self))
			return Int(h), err
		})
		addMethod(t, "__bool__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return vm.truth(unwrapNumber(self))
		})
		addMethod(t, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return vm.repr(unwrapNumber(self))
		})
		addMethod(t, "__format__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("__format__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return vm.format(unwrapNumber(self), args[0])
		})
		for _, u := range []struct {
			name string
			op   compile.Opcode
		}{{"__neg__", compile.UNARY_NEGATIVE}, {"__pos__", compile.UNARY_POSITIVE}, {"__invert__", compile.UNARY_INVERT}} {
			u := u
			if t == floatType && u.op == compile.UNARY_INVERT {
				continue
			}
			addMethod(t, u.name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				return vm.unaryOp(u.op, unwrapNumber(self))
			})
		}
		addMethod(t, "__abs__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			b, _ := vm.builtins.GetStr("abs")
			return vm.callValue(b, []Value{unwrapNumber(self)}, nil)
		})
		addMethod(t, "__int__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return intFromNumber(unwrapNumber(self))
		})
		addMethod(t, "__float__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			f, _, err := toFloat(unwrapNumber(self))
			return Float(f), err
		})
		addMethod(t, "__pow__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 1 {
				return numberDunder(compile.Pow, self, args[0], t)
			}
			b, _ := vm.builtins.GetStr("pow")
			return vm.callValue(b, append([]Value{unwrapNumber(self)}, args...), nil)
		})
		addMethod(t, "__round__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return builtinRound(vm, append([]Value{unwrapNumber(self)}, args...), kw)
		})
		addMethod(t, "__trunc__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return intFromNumber(unwrapNumber(self))
		})
		addGetter(t, "real", func(vm *VM, obj Value) (Value, error) { return unwrapNumber(obj), nil })
		addGetter(t, "imag", func(vm *VM, obj Value) (Value, error) {
			if t == floatType {
				return Float(0), nil
			}
			return Int(0), nil
		})
		addMethod(t, "conjugate", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return unwrapNumber(self), nil
		})
	}
	intType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: Int(0)} }
	floatType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: Float(0)} }
	intType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: intType, Fn: intNew})
	floatType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: floatType, Fn: floatNew})
	boolType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: boolType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("bool", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return False, nil
		}
		return vm.truth(args[1])
	}})
	addMethod(boolType, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return vm.repr(self)
	})
	for _, op := range []compile.BinOp{compile.And, compile.Or, compile.Xor} {
		op := op
		fwd, ref, _ := op.Methods()
		bitop := func(x, y Value) (Value, error) {
			a, aok := x.(Bool)
			b, bok := y.(Bool)
			if aok && bok {
				switch op {
				case compile.And:
					return a && b, nil
				case compile.Or:
					return a || b, nil
				}
				return a != b, nil
			}
			return numberDunder(op, x, y, intType)
		}
		addMethod(boolType, fwd, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) { return bitop(self, args[0]) })
		addMethod(boolType, ref, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) { return bitop(args[0], self) })
	}

	addMethod(intType, "bit_length", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		b := toBig(unwrapNumber(self))
		return Int(new(big.Int).Abs(b).BitLen()), nil
	})
	addMethod(intType, "bit_count", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		b := new(big.Int).Abs(toBig(unwrapNumber(self)))
		n := 0
		for _, w := range b.Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return Int(n), nil
	})
	addMethod(intType, "__index__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return unwrapNumber(self), nil
	})
	addMethod(intType, "as_integer_ratio", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Tuple{unwrapNumber(self), Int(1)}, nil
	})
	addGetter(intType, "numerator", func(vm *VM, obj Value) (Value, error) { return unwrapNumber(obj), nil })
	addGetter(intType, "denominator", func(vm *VM, obj Value) (Value, error) { return Int(1), nil })
	addMethod(intType, "to_bytes", intToBytes)
	intType.Dict.SetStr("from_bytes", &Builtin{Name: "from_bytes", Method: true, Class: true, Owner: intType, Fn: intFromBytes})

	addMethod(floatType, "is_integer", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		f, _ := floatValue(self)
		return Bool(pyformat.IsInteger(float64(f))), nil
	})
	addMethod(floatType, "as_integer_ratio", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		f, _ := floatValue(self)
		n, d, err := pyformat.AsIntegerRatio(float64(f))
		if err != nil {
			return nil, pyError(err)
		}
		return Tuple{MakeInt(n), MakeInt(d)}, nil
	})
	addMethod(floatType, "hex", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		f, _ := floatValue(self)
		return Str(pyformat.FloatHex(float64(f))), nil
	})
	floatType.Dict.SetStr("fromhex", &Builtin{Name: "fromhex", Method: true, Class: true, Owner: floatType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("fromhex", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "must be str, not %s", typeName(args[0]))
		}
		f, err := pyformat.FloatFromHex(string(s))
		if err != nil {
			return nil, pyError(err)
		}
		return Float(f), nil
	}})
	for _, name := range []string{"__floor__", "__ceil__"} {
		name := name
		addMethod(floatType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			f, _ := floatValue(self)
			g := math.Floor(float64(f))
			if name == "__ceil__" {
				g = math.Ceil(float64(f))
			}
			b, err := pyformat.FloatToInt(g)
			if err != nil {
				return nil, pyError(err)
			}
			return MakeInt(b), nil
		})
	}
}

// unwrapNumber returns the built-in number inside an int or float
// subclass instance (and bools as themselves).
func unwrapNumber(v Value) Value {
	if inst, ok := v.(*Instance); ok && inst.Payload != nil {
		return inst.Payload
	}
	return v
}

func numberDunder(op compile.BinOp, x, y Value, t *Type) (Value, error) {
	x, y = unwrapNumber(x), unwrapNumber(y)
	if t == intType {
		if _, ok := intValue(y); !ok {
			return NotImplemented, nil
		}
		if _, ok := intValue(x); !ok {
			return NotImplemented, nil
		}
	}
	if op == compile.Pow {
		if r, ok := intPow(x, y); ok {
			return r, nil
		}
	}
	r, ok, err := numberOp(op, x, y)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	return r, nil
}

// intFromNumber is int(x) for an int, bool or float.
func intFromNumber(v Value) (Value, error) {
	if i, ok := intValue(v); ok {
		return i, nil
	}
	if f, ok := floatValue(v); ok {
		b, err := pyformat.FloatToInt(float64(f))
		if err != nil {
			return nil, pyError(err)
		}
		return MakeInt(b), nil
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(v))
}

func intNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	cls := args[0].(*Type)
	args = args[1:]
	if err := onlyKw("int", kw, "base"); err != nil {
		return nil, err
	}
	base, hasBase := kwarg(kw, "base")
	if len(args) > 2 || (len(args) == 2 && hasBase) {
		return nil, Errorf(TypeError, "int() takes at most 2 arguments (%d given)", len(args)+len(kw))
	}
	if len(args) == 2 {
		base, hasBase = args[1], true
	}
	wrap := func(v Value) (Value, error) {
		if cls == intType {
			return v, nil
		}
		return &Instance{Class: cls, Payload: v}, nil
	}
	if len(args) == 0 {
		if hasBase {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return wrap(Int(0))
	}
	x := args[0]
	if hasBase {
		b, ok := base.(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(base))
		}
		var s string
		switch v := x.(type) {
		case Str:
			s = string(v)
		case Bytes:
			s = string(v)
		default:
			return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		n, err := pyformat.ParseInt(s, int(b))
		if err != nil {
			return nil, pyError(err)
		}
		return wrap(MakeInt(n))
	}
	switch v := x.(type) {
	case Int, *big.Int:
		return wrap(v)
	case Bool:
		i, _ := intValue(v)
		return wrap(i)
	case Float:
		r, err := intFromNumber(v)
		if err != nil {
			return nil, err
		}
		return wrap(r)
	case Str, Bytes:
		s := ""
		if sv, ok := v.(Str); ok {
			s = string(sv)
		} else {
			s = string(v.(Bytes))
		}
		n, err := pyformat.ParseInt(s, 10)
		if err != nil {
			return nil, pyError(err)
		}
		return wrap(MakeInt(n))
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if r, found, err := vm.callSpecial(x, name); found || err != nil {
			return then(r, err, func(r Value) (Value, error) {
				i, ok := intValue(r)
				if !ok {
					return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, typeName(r))
				}
				return wrap(i)
			})
		}
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x))
}

func floatNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	cls := args[0].(*Type)
	args = args[1:]
	if err := checkArgs("float", args, kw, 0, 1); err != nil {
		return nil, err
	}
	wrap := func(f float64) (Value, error) {
		if cls == floatType {
			return Float(f), nil
		}
		return &Instance{Class: cls, Payload: Float(f)}, nil
	}
	if len(args) == 0 {
		return wrap(0)
	}
	switch v := args[0].(type) {
	case Str:
		f, err := pyformat.ParseFloat(string(v))
		if err != nil {
			return nil, pyError(err)
		}
		return wrap(f)
	case Bytes:
		f, err := pyformat.ParseFloat(string(v))
		if err != nil {
			return nil, pyError(err)
		}
		return wrap(f)
	}
	if f, ok, err := toFloat(args[0]); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return wrap(f)
	}
	for _, name := range []string{"__float__", "__index__"} {
		if r, found, err := vm.callSpecial(args[0], name); found || err != nil {
			return then(r, err, func(r Value) (Value, error) {
				f, ok, err := toFloat(r)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, Errorf(TypeError, "%s returned non-float (type %s)", name, typeName(r))
				}
				return wrap(f)
			})
		}
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", typeName(args[0]))
}

func intToBytes(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("to_bytes", kw, "length", "byteorder", "signed"); err != nil {
		return nil, err
	}
	length, byteorder, signed := Value(Int(1)), Value(Str("big")), Value(False)
	if len(args) > 0 {
		length = args[0]
	}
	if len(args) > 1 {
		byteorder = args[1]
	}
	if v, ok := kwarg(kw, "length"); ok {
		length = v
	}
	if v, ok := kwarg(kw, "byteorder"); ok {
		byteorder = v
	}
	if v, ok := kwarg(kw, "signed"); ok {
		signed = v
	}
	n, err := vm.intArg(length)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, Errorf(ValueError, "length argument must be non-negative")
	}
	if err := vm.reserve(int64(n), 1); err != nil {
		return nil, err
	}
	v := toBig(unwrapNumber(self))
	if v.Sign() < 0 {
		if signed != True {
			return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
		}
		v = new(big.Int).Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	b := v.Bytes()
	if len(b) > n || (signed == True && len(b) == n && n > 0 && b[0]&0x80 != 0 && toBig(unwrapNumber(self)).Sign() >= 0) {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	out := make([]byte, n)
	copy(out[n-len(b):], b)
	if byteorder == Str("little") {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out), nil
}

func intFromBytes(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	b, ok := args[0].(Bytes)
	if !ok {
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", typeName(args[0]))
	}
	byteorder := Value(Str("big"))
	if len(args) > 1 {
		byteorder = args[1]
	}
	if v, ok := kwarg(kw, "byteorder"); ok {
		byteorder = v
	}
	signed, _ := kwarg(kw, "signed")
	data := []byte(b)
	if byteorder == Str("little") {
		data = append([]byte(nil), data...)
		for i, j := 0, len(data)-1; i < j; i, j = i+1, j-1 {
			data[i], data[j] = data[j], data[i]
		}
	}
	v := new(big.Int).SetBytes(data)
	if signed == True && len(data) > 0 && data[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	return MakeInt(v), nil
}
