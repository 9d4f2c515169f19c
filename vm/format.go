package vm

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"tasklet/vm/compile"
	"tasklet/vm/pyformat"
	"tasklet/vm/pystr"
)

// pyError turns an error of the pure formatting and string packages into
// the Python exception it names.
func pyError(err error) error {
	var class, msg string
	switch e := err.(type) {
	case *pyformat.Error:
		class, msg = e.Class, e.Msg
	case *pystr.Error:
		class, msg = e.Type, e.Msg
	default:
		return err
	}
	cls := map[string]*Type{
		"ValueError": ValueError, "TypeError": TypeError, "OverflowError": OverflowError,
		"ZeroDivisionError": ZeroDivisionError, "IndexError": IndexError, "KeyError": KeyError,
		"UnicodeEncodeError": UnicodeEncodeError, "UnicodeDecodeError": UnicodeDecodeError,
		"LookupError": LookupError, "UnicodeError": UnicodeError, "MemoryError": MemoryError,
	}[class]
	if cls == nil {
		cls = ValueError
	}
	return Errorf(cls, "%s", msg)
}

func asciiEscape(repr string) string { return pystr.ASCII(repr) }

func strLen(s string) int { return pystr.Len(s) }

// format is format(v, spec): __format__ with the built-in types handled
// here.
func (vm *VM) format(v Value, specV Value) (Value, error) {
	spec, ok := specV.(Str)
	if !ok {
		return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", typeName(specV))
	}
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return x, nil
		}
		return vm.formatWith(string(spec), "str", func(s pyformat.Spec) (string, error) { return pyformat.FormatStr(string(x), s) })
	case Int:
		return vm.formatWith(string(spec), "int", func(s pyformat.Spec) (string, error) { return pyformat.FormatInt64(int64(x), s) })
	case *big.Int:
		return vm.formatWith(string(spec), "int", func(s pyformat.Spec) (string, error) { return pyformat.FormatInt(x, s) })
	case Bool:
		if spec == "" {
			return vm.str(x)
		}
		i := int64(0)
		if x {
			i = 1
		}
		return vm.formatWith(string(spec), "bool", func(s pyformat.Spec) (string, error) { return pyformat.FormatInt64(i, s) })
	case Float:
		return vm.formatWith(string(spec), "float", func(s pyformat.Spec) (string, error) { return pyformat.FormatFloat(float64(x), s) })
	}
	if inst, ok := v.(*Instance); ok && spec == "" {
		// object.__format__ and the built-ins' __format__ with an empty
		// spec are str(self), which may be the subclass's __str__.
		if _, owner := inst.Class.lookupOwner("__format__"); owner != nil && owner.builtin {
			return vm.str(v)
		}
	}
	if r, found, err := vm.callSpecial(v, "__format__", spec); found || err != nil {
		return then(r, err, func(r Value) (Value, error) {
			if _, ok := r.(Str); !ok {
				return nil, Errorf(TypeError, "__format__ must return a str, not %s", typeName(r))
			}
			return r, nil
		})
	}
	if spec != "" {
		return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", typeName(v))
	}
	return vm.str(v)
}

func (vm *VM) formatWith(spec, typeName string, f func(pyformat.Spec) (string, error)) (Value, error) {
	s, err := pyformat.ParseSpec(spec, typeName)
	if err != nil {
		return nil, pyError(err)
	}
	// The result is at least as wide as the width, and a float has as
	// many digits as the precision: too much is a MemoryError before Go
	// makes it. (A precision past 1<<31-1 is FormatFloat's ValueError.)
	size := max(s.Width, 0)
	if typeName == "float" && s.Precision < 1<<31 {
		size += max(s.Precision, 0)
	}
	if err := vm.reserve(int64(size), utf8.UTFMax); err != nil {
		return nil, err
	}
	out, err := f(s)
	if err != nil {
		return nil, pyError(err)
	}
	return Str(out), nil
}

// formatValue runs FORMAT_VALUE: an f-string's conversion, then format().
func (vm *VM) formatValue(v Value, conv int, spec Value) (Value, error) {
	if spec == nil && conv <= compile.FormatStr {
		// f"{n}" and f"{s}": str() of the value, without format's
		// parsing of an empty spec.
		switch x := v.(type) {
		case Str:
			return x, nil
		case Int:
			return intStr(x), nil
		}
	}
	var r Value
	var err error
	switch conv {
	case compile.FormatStr:
		r, err = vm.str(v)
	case compile.FormatRepr:
		r, err = vm.repr(v)
	case compile.FormatASCII:
		r, err = vm.repr(v)
		r, err = then(r, err, func(r Value) (Value, error) { return Str(asciiEscape(string(r.(Str)))), nil })
	default:
		r = v
	}
	if spec == nil {
		spec = Str("")
	}
	return then(r, err, func(r Value) (Value, error) {
		if s, ok := r.(Str); ok && spec == Str("") {
			return s, nil
		}
		return vm.format(r, spec)
	})
}

// percentFormat is the str % args operator.
func (vm *VM) percentFormat(format Str, args Value) (Value, error) {
	pieces := pyformat.ParsePercent(string(format))
	var tuple Tuple
	var mapping Value
	switch a := args.(type) {
	case Tuple:
		tuple = a
	case *Dict:
		mapping = a
		tuple = Tuple{a}
	default:
		if _, isStr := args.(Str); !isStr {
			if _, ok := TypeOf(args).Lookup("__getitem__"); ok {
				if _, isList := args.(*List); !isList {
					mapping = args
				}
			}
		}
		tuple = Tuple{args}
	}
	next := 0
	take := func() (Value, error) {
		if next >= len(tuple) {
			return nil, Errorf(TypeError, "not enough arguments for format string")
		}
		next++
		return tuple[next-1], nil
	}
	var out strings.Builder
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(pieces); i++ {
			p := pieces[i]
			if p.Literal {
				out.WriteString(p.Text)
				continue
			}
			var v Value
			if p.HasKey || p.Fail == pyformat.FailKey {
				if mapping == nil {
					return nil, Errorf(TypeError, "format requires a mapping")
				}
				if p.Fail == pyformat.FailKey {
					return nil, pyError(p.Err)
				}
				r, err := vm.finishNested(vm.getItem(mapping, Str(p.Key)))
				if err != nil {
					return nil, err
				}
				v = r
			}
			if p.WidthStar {
				w, err := take()
				if err != nil {
					return nil, err
				}
				wi, ok := w.(Int)
				if !ok {
					return nil, Errorf(TypeError, "* wants int")
				}
				p.SetStarWidth(int(wi))
			}
			if p.PrecStar {
				w, err := take()
				if err != nil {
					return nil, err
				}
				wi, ok := w.(Int)
				if !ok {
					return nil, Errorf(TypeError, "* wants int")
				}
				p.SetStarPrec(int(wi))
			}
			if p.Fail == pyformat.FailSpec {
				return nil, pyError(p.Err)
			}
			if v == nil {
				var err error
				if v, err = take(); err != nil {
					return nil, err
				}
			}
			if p.Fail == pyformat.FailConv {
				return nil, pyError(p.Err)
			}
			s, err := vm.percentOne(v, p)
			if _, isPending := s.(*pending); isPending || err != nil {
				return then(s, err, func(s Value) (Value, error) {
					out.WriteString(string(s.(Str)))
					return step(i + 1)
				})
			}
			out.WriteString(string(s.(Str)))
		}
		if next < len(tuple) && mapping == nil {
			return nil, Errorf(TypeError, "not all arguments converted during string formatting")
		}
		return Str(out.String()), nil
	}
	return step(0)
}

// percentOne formats one value for a printf-style conversion.
func (vm *VM) percentOne(v Value, p pyformat.PercentPiece) (Value, error) {
	// As in formatWith: the width, and a number's precision, make that
	// many characters.
	size := max(p.Width, 0)
	if p.Conv != 's' && p.Conv != 'r' && p.Conv != 'a' {
		size += max(p.Prec, 0)
	}
	if err := vm.reserve(int64(size), utf8.UTFMax); err != nil {
		return nil, err
	}
	switch p.Conv {
	case 's', 'r', 'a':
		var r Value
		var err error
		if p.Conv == 's' {
			r, err = vm.str(v)
		} else {
			r, err = vm.repr(v)
		}
		return then(r, err, func(r Value) (Value, error) {
			s := string(r.(Str))
			if p.Conv == 'a' {
				s = asciiEscape(s)
			}
			return Str(pyformat.PercentStr(s, p)), nil
		})
	case 'd', 'i', 'u', 'o', 'x', 'X', 'c':
		if p.Conv == 'c' {
			switch x := v.(type) {
			case Str:
				if strLen(string(x)) != 1 {
					return nil, Errorf(TypeError, "%%c requires int or char")
				}
				return Str(pyformat.PercentStr(string(x), p)), nil
			}
		}
		i, ok := intValue(v)
		if !ok {
			if f, isFloat := floatValue(v); isFloat && (p.Conv == 'd' || p.Conv == 'i' || p.Conv == 'u') {
				b, err := pyformat.FloatToInt(float64(f))
				if err != nil {
					return nil, pyError(err)
				}
				i = MakeInt(b)
			} else {
				n, ok, err := vm.index(v)
				if err != nil {
					return nil, err
				}
				if !ok {
					what := "a real number"
					if p.Conv == 'o' || p.Conv == 'x' || p.Conv == 'X' {
						what = "an integer"
					}
					if p.Conv == 'c' {
						return nil, Errorf(TypeError, "%%c requires int or char")
					}
					return nil, Errorf(TypeError, "%%%c format: %s is required, not %s", p.Conv, what, typeName(v))
				}
				i = Int(n)
			}
		}
		s, err := pyformat.PercentInt(toBig(i), p)
		if err != nil {
			return nil, pyError(err)
		}
		return Str(s), nil
	default:
		f, ok, err := toFloat(v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "must be real number, not %s", typeName(v))
		}
		s, err := pyformat.PercentFloat(f, p)
		if err != nil {
			return nil, pyError(err)
		}
		return Str(s), nil
	}
}
