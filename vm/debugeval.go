package vm

import (
	"fmt"
	"sort"
)

// This file is what a debugger runs in a stopped program: expressions and
// statements in a frame's scope, and changes to variables. All of it runs
// in nested runs of the loop under vm.evaluating, so that it raises
// instead of switching tasklets (which would let the program go on while
// it is stopped), and so that the listener hears nothing of it.

// evaluate marks the VM as running a debugger's code until the returned
// function is called.
func (vm *VM) evaluate() func() {
	was := vm.evaluating
	vm.evaluating = true
	return func() { vm.evaluating = was }
}

// EvalInFrame evaluates the expression src with the frame's globals and a
// snapshot of its locals, as a debugger's watch or hover does.
// Assignments to the snapshot do not reach the frame.
func (vm *VM) EvalInFrame(f *Frame, src string) (Value, error) {
	defer vm.evaluate()()
	code, cerr := vm.compileExpr("<debugger>", src)
	if cerr != nil {
		return nil, cerr
	}
	return vm.finishNested(&pending{fn: &codeExec{code: code, globals: f.globals, locals: vm.frameNamespace(f)}}, nil)
}

// ExecInFrame runs the statements src in the frame's scope, as a
// debugger's console does: with the frame's globals, and its locals,
// which keep what the statements assign to them. In a function, a name
// that is none of its variables lives on beside the frame, for the
// console's later statements and expressions (as CPython's f_locals
// keeps it), though the function's own code never sees it.
func (vm *VM) ExecInFrame(f *Frame, src string) error {
	defer vm.evaluate()()
	code, cerr := vm.compileExec("<debugger>", []byte(src))
	if cerr != nil {
		return cerr
	}
	ns := vm.frameNamespace(f)
	_, err := vm.finishNested(&pending{fn: &codeExec{code: code, globals: f.globals, locals: ns}}, nil)
	if f.locals == nil {
		// A function's locals live in its slots: copy back what the
		// statements bound or rebound.
		ns.Items(func(k, v Value) bool {
			if name, ok := k.(Str); ok && !f.setFast(string(name), v) {
				ext := f.extra()
				if ext.consoleNames == nil {
					ext.consoleNames = NewDict()
				}
				ext.consoleNames.SetStr(string(name), v)
			}
			return true
		})
	}
	return err
}

// frameNamespace returns the dict that code run in f's scope sees as its
// locals: a module's or class body's namespace itself, or a snapshot of a
// function's variables.
func (vm *VM) frameNamespace(f *Frame) *Dict {
	if f.locals != nil {
		return f.locals
	}
	ns := frameLocals(f)
	if f.ext != nil && f.ext.consoleNames != nil {
		f.ext.consoleNames.Items(func(k, v Value) bool {
			if _, ok := ns.GetStr(string(k.(Str))); !ok {
				ns.SetStr(string(k.(Str)), v)
			}
			return true
		})
	}
	return ns
}

// SetLocal binds name in the frame's locals, as an assignment in its code
// would; in a function, name must be one of its variables or a name the
// console bound beside them.
func (f *Frame) SetLocal(name string, v Value) error {
	if f.locals != nil {
		f.locals.SetStr(name, v)
		return nil
	}
	if f.setFast(name, v) {
		return nil
	}
	if f.ext != nil && f.ext.consoleNames != nil {
		if _, ok := f.ext.consoleNames.GetStr(name); ok {
			f.ext.consoleNames.SetStr(name, v)
			return nil
		}
	}
	return fmt.Errorf("%s has no local variable %q", f.code.QualName, name)
}

// setFast binds a function frame's variable name, a fast local or a cell,
// and reports whether it has one.
func (f *Frame) setFast(name string, v Value) bool {
	code := f.code
	for i, n := range code.Varnames {
		if n == name {
			f.slots[i] = v
			return true
		}
	}
	for i := 0; i < code.ncells; i++ {
		if code.cellName(i) == name {
			if c, ok := f.slots[code.nlocals+i].(*Cell); ok {
				c.V = v
				return true
			}
		}
	}
	return false
}

// SetGlobal binds name in the frame's module.
func (f *Frame) SetGlobal(name string, v Value) { f.globals.SetStr(name, v) }

// SetChild replaces the part of container that Children named name: a
// list or dict item, or an attribute.
func (vm *VM) SetChild(container Value, child Variable, v Value) error {
	defer vm.evaluate()()
	var err error
	switch c := container.(type) {
	case *List, *Dict:
		_, err = vm.finishNested(vm.setItem(c, child.key, v))
	default:
		_, err = vm.finishNested(vm.setAttr(container, child.Name, v))
	}
	return err
}

// BuiltinNames returns the names of the built-ins, sorted.
func (vm *VM) BuiltinNames() []string {
	var out []string
	vm.builtins.Items(func(k, _ Value) bool {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
		return true
	})
	sort.Strings(out)
	return out
}
