package vm

import (
	"tasklet/syntax"
	"tasklet/vm/compile"
)

// codeExec is a pending "callable" that runs module-level code (exec)
// with the given globals and locals.
type codeExec struct {
	code            *Code
	globals, locals *Dict
}

func (vm *VM) namespaces(name string, args []Value, kw []Kwarg) (*Dict, *Dict, error) {
	var g, l Value = None, None
	if len(args) > 1 {
		g = args[1]
	}
	if len(args) > 2 {
		l = args[2]
	}
	if v, ok := kwarg(kw, "globals"); ok {
		g = v
	}
	if v, ok := kwarg(kw, "locals"); ok {
		l = v
	}
	caller := vm.callerFrame()
	var globals, locals *Dict
	switch gd := g.(type) {
	case NoneType:
		globals = caller.globals
		if l == None {
			locals = vm.callerLocals()
		}
	case *Dict:
		globals = gd
	default:
		return nil, nil, Errorf(TypeError, "%s() globals must be a dict, not %s", name, typeName(g))
	}
	if ld, ok := l.(*Dict); ok {
		locals = ld
	} else if locals == nil {
		locals = globals
	}
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", &Module{Name: "builtins", Dict: vm.builtins})
	}
	return globals, locals, nil
}

func builtinExec(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "exec expected at least 1 argument, got %d", len(args))
	}
	src, ok := args[0].(Str)
	if !ok {
		if c, ok := args[0].(*codeObject); ok {
			g, l, err := vm.namespaces("exec", args, kw)
			if err != nil {
				return nil, err
			}
			return then(&pending{fn: &codeExec{code: c.c, globals: g, locals: l}}, nil, func(Value) (Value, error) { return None, nil })
		}
		return nil, Errorf(TypeError, "exec() arg 1 must be a string, bytes or code object")
	}
	g, l, err := vm.namespaces("exec", args, kw)
	if err != nil {
		return nil, err
	}
	compileExec := vm.compileSource
	if l != g {
		compileExec = vm.compileExec
	}
	code, serr := compileExec("<string>", []byte(src))
	if serr != nil {
		return nil, serr
	}
	return then(&pending{fn: &codeExec{code: code, globals: g, locals: l}}, nil, func(Value) (Value, error) { return None, nil })
}

func builtinEval(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "eval expected at least 1 argument, got %d", len(args))
	}
	src, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "eval() arg 1 must be a string, bytes or code object")
	}
	g, l, err := vm.namespaces("eval", args, kw)
	if err != nil {
		return nil, err
	}
	code, cerr := vm.compileExpr("<string>", string(src))
	if cerr != nil {
		return nil, cerr
	}
	return &pending{fn: &codeExec{code: code, globals: g, locals: l}}, nil
}

// compileExpr compiles an expression to code that returns its value,
// reading names through a namespace (eval, and the debugger's evaluate).
func (vm *VM) compileExpr(filename, src string) (*Code, *Exception) {
	sf := newSourceFile(filename, []byte(src))
	x, errs := syntax.ParseExpr(trimLeadingSpace(src))
	if len(errs) > 0 {
		e := errs[0]
		return nil, vm.syntaxError(SyntaxErrorType, filename, sf, e.Msg, e.Start, e.End)
	}
	c, cerrs := compile.Expr(x, filename)
	if len(cerrs) > 0 {
		e := cerrs[0]
		return nil, vm.syntaxError(SyntaxErrorType, filename, sf, e.Msg, e.Pos, e.End)
	}
	return newCode(c, sf), nil
}

func trimLeadingSpace(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[i:]
}
