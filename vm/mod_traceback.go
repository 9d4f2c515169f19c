package vm

import "strings"

// The _tasklet_traceback module: the VM's own traceback rendering, for
// lib/traceback.py. It is built from the functions that print uncaught
// exceptions (FormatTraceback, formatEntries, formatExceptionLine), so that
// traceback.format_exc() and an uncaught exception read the same.

func init() { nativeModules["_tasklet_traceback"] = newTracebackModule }

// limitEntries applies traceback's limit to entries held innermost first:
// a positive limit keeps the outermost limit entries, a negative one the
// innermost -limit.
func limitEntries(entries []TracebackEntry, limit Value) []TracebackEntry {
	n, ok := limit.(Int)
	if !ok {
		return entries
	}
	switch {
	case n >= 0 && int(n) < len(entries):
		return entries[len(entries)-int(n):]
	case n < 0 && int(-n) < len(entries):
		return entries[:int(-n)]
	}
	return entries
}

// tracebackEntries reads the entries of a traceback object or None.
func tracebackEntries(v Value) ([]TracebackEntry, error) {
	switch tb := v.(type) {
	case *tracebackObject:
		return tb.entries, nil
	case NoneType:
		return nil, nil
	}
	return nil, Errorf(TypeError, "expected a traceback object, not %s", typeName(v))
}

// withoutCarets drops the lines of ^ and ~ markers: CPython shows them
// in tracebacks but not in formatted stacks, whose frames carry only a
// line number.
func withoutCarets(text string) string {
	lines := strings.SplitAfter(text, "\n")
	kept := lines[:0]
	for _, line := range lines {
		marks := strings.TrimSpace(line)
		if marks != "" && strings.Trim(marks, "^~") == "" {
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "")
}

func newTracebackModule(vm *VM) *Module {
	m := vm.newModule("_tasklet_traceback")
	d := m.Dict
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, fn))
	}
	// format_exception(exc, limit, chain): the text an uncaught exc prints.
	add("format_exception", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		e, ok := args[0].(*Exception)
		if !ok {
			return nil, Errorf(TypeError, "expected an exception, not %s", typeName(args[0]))
		}
		if args[1] == None && args[2] == True {
			return Str(vm.FormatTraceback(e)), nil
		}
		var sb strings.Builder
		if entries := limitEntries(e.Traceback, args[1]); len(entries) > 0 {
			sb.WriteString("Traceback (most recent call last):\n")
			vm.formatEntries(&sb, entries)
		}
		sb.WriteString(formatExceptionLine(vm, e))
		sb.WriteByte('\n')
		return Str(sb.String()), nil
	})
	// format_exception_hiding(exc, filename): format_exception without the
	// frames of code from filename, as unittest reports a failure without
	// its own frames. Chained exceptions are shown in full.
	add("format_exception_hiding", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		e, ok := args[0].(*Exception)
		if !ok {
			return nil, Errorf(TypeError, "expected an exception, not %s", typeName(args[0]))
		}
		hidden, _ := args[1].(Str)
		var sb strings.Builder
		if cause, ok := e.Cause.(*Exception); ok {
			sb.WriteString(vm.FormatTraceback(cause))
			sb.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if e.Context != nil && !e.SuppressContext {
			sb.WriteString(vm.FormatTraceback(e.Context))
			sb.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
		var entries []TracebackEntry
		for _, ent := range e.Traceback {
			if ent.Code.Filename != string(hidden) {
				entries = append(entries, ent)
			}
		}
		if len(entries) > 0 {
			sb.WriteString("Traceback (most recent call last):\n")
			vm.formatEntries(&sb, entries)
		}
		sb.WriteString(formatExceptionLine(vm, e))
		sb.WriteByte('\n')
		return Str(sb.String()), nil
	})
	// format_exception_only(exc): its last line, "Type: message".
	add("format_exception_only", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		e, ok := args[0].(*Exception)
		if !ok {
			return nil, Errorf(TypeError, "expected an exception, not %s", typeName(args[0]))
		}
		return Str(formatExceptionLine(vm, e) + "\n"), nil
	})
	// format_tb(tb, limit): the "  File ..." lines of a traceback object.
	add("format_tb", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		entries, err := tracebackEntries(args[0])
		if err != nil {
			return nil, err
		}
		var sb strings.Builder
		vm.formatEntries(&sb, limitEntries(entries, args[1]))
		return Str(sb.String()), nil
	})
	// format_stack(skip, limit): the "  File ..." lines of the running
	// frames, outermost first, without the innermost skip Python frames.
	add("format_stack", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		skip := int(args[0].(Int))
		var entries []TracebackEntry
		for f := vm.callerFrame(); f != nil; f = f.back {
			if f.code == nil {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			entries = append(entries, TracebackEntry{Code: f.code, PC: max(f.pc-1, 0)})
		}
		var sb strings.Builder
		vm.formatEntries(&sb, limitEntries(entries, args[1]))
		return Str(withoutCarets(sb.String())), nil
	})
	return m
}
