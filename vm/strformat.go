package vm

import (
	"strings"

	"tasklet/vm/pystr"
)

// strFormat is str.format(*args, **kw).
func (vm *VM) strFormat(s string, args []Value, kw []Kwarg) (Value, error) {
	lookup := func(name string, index int, byIndex bool) (Value, error) {
		if byIndex {
			if index >= len(args) {
				return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", index)
			}
			return args[index], nil
		}
		if v, ok := kwarg(kw, name); ok {
			return v, nil
		}
		return nil, newException(KeyError, Str(name))
	}
	var out strings.Builder
	r, err := vm.formatPieces(pystr.NewFormatParser(s), &pystr.AutoNumber{}, lookup, &out)
	return then(r, err, func(Value) (Value, error) { return Str(out.String()), nil })
}

// strFormatMap is str.format_map(mapping).
func (vm *VM) strFormatMap(s string, mapping Value) (Value, error) {
	lookup := func(name string, index int, byIndex bool) (Value, error) {
		if byIndex {
			return nil, Errorf(ValueError, "Format string contains positional fields")
		}
		return vm.getItem(mapping, Str(name))
	}
	var out strings.Builder
	r, err := vm.formatPieces(pystr.NewFormatParser(s), &pystr.AutoNumber{}, lookup, &out)
	return then(r, err, func(Value) (Value, error) { return Str(out.String()), nil })
}

type formatLookup func(name string, index int, byIndex bool) (Value, error)

// formatPieces formats every piece of p into out, field by field; a field
// whose lookup or formatting runs Python code continues through the loop.
func (vm *VM) formatPieces(p *pystr.FormatParser, auto *pystr.AutoNumber, lookup formatLookup, out *strings.Builder) (Value, error) {
	for {
		piece, ok, err := p.Next()
		if err != nil {
			return nil, pyError(err)
		}
		if !ok {
			return None, nil
		}
		out.WriteString(piece.Literal)
		if !piece.Field {
			continue
		}
		r, err := vm.formatField(p, auto, lookup, piece)
		if _, isPending := r.(*pending); isPending || err != nil {
			return then(r, err, func(r Value) (Value, error) {
				out.WriteString(string(r.(Str)))
				return vm.formatPieces(p, auto, lookup, out)
			})
		}
		out.WriteString(string(r.(Str)))
	}
}

func (vm *VM) formatField(p *pystr.FormatParser, auto *pystr.AutoNumber, lookup formatLookup, piece pystr.FormatPiece) (Value, error) {
	field, err := auto.Field(piece.Name)
	if err != nil {
		return nil, pyError(err)
	}
	v, err := lookup(field.Key, field.Index, field.Index >= 0)
	var access func(v Value) (Value, error)
	access = func(v Value) (Value, error) {
		acc, more, err := field.Next()
		if err != nil {
			return nil, pyError(err)
		}
		if !more {
			return v, nil
		}
		var r Value
		if acc.Attr {
			r, err = vm.getAttr(v, acc.Name)
		} else if acc.Index >= 0 {
			r, err = vm.getItem(v, Int(acc.Index))
		} else {
			r, err = vm.getItem(v, Str(acc.Name))
		}
		return then(r, err, access)
	}
	v, err = then(v, err, access)
	return then(v, err, func(v Value) (Value, error) {
		var conv Value
		var err error
		switch piece.Conversion {
		case 0:
			conv = v
		case 's':
			conv, err = vm.str(v)
		case 'r':
			conv, err = vm.repr(v)
		case 'a':
			conv, err = vm.repr(v)
			conv, err = then(conv, err, func(r Value) (Value, error) { return Str(asciiEscape(string(r.(Str)))), nil })
		default:
			return nil, pyError(pystr.ConversionError(piece.Conversion))
		}
		return then(conv, err, func(conv Value) (Value, error) {
			if !piece.SpecHasFields {
				return vm.format(conv, Str(piece.Spec))
			}
			nested, err := p.Nested(piece.Spec)
			if err != nil {
				return nil, pyError(err)
			}
			var spec strings.Builder
			r, err := vm.formatPieces(nested, auto, lookup, &spec)
			return then(r, err, func(Value) (Value, error) { return vm.format(conv, Str(spec.String())) })
		})
	})
}
