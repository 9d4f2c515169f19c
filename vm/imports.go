package vm

import (
	"embed"
	"os"
	"path/filepath"
	"strings"

	"tasklet/vm/compile"
)

// lib holds the modules written in Python that ship inside the binary.
//
//go:embed lib/*.py
var lib embed.FS

// nativeModules are the modules written in Go, made on first import.
var nativeModules = map[string]func(vm *VM) *Module{}

// moduleExec is a pending "callable" that runs a module's body.
type moduleExec struct {
	code *Code
	mod  *Module
}

// importName runs IMPORT_NAME: import the module (and its parents) and
// return the top package, or the module itself when there is a fromlist.
func (vm *VM) importName(f *Frame, name string, fromlist, level Value) (Value, error) {
	lvl := 0
	if l, ok := level.(Int); ok {
		lvl = int(l)
	}
	if lvl > 0 {
		abs, err := vm.resolveRelative(f.globals, name, lvl)
		if err != nil {
			return nil, err
		}
		name = abs
	}
	return vm.importModule(name, fromlist, lvl)
}

// resolveRelative turns a relative module name into an absolute one.
func (vm *VM) resolveRelative(globals *Dict, name string, level int) (string, error) {
	pkg := ""
	if p, ok := globals.GetStr("__package__"); ok {
		if s, ok := p.(Str); ok {
			pkg = string(s)
		}
	}
	if pkg == "" {
		if n, ok := globals.GetStr("__name__"); ok {
			pkg = string(n.(Str))
			if _, isPkg := globals.GetStr("__path__"); !isPkg {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
	}
	if pkg == "" {
		return "", Errorf(ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 > len(parts)-1 {
		return "", Errorf(ImportError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importModule imports a dotted module name, each package first.
func (vm *VM) importModule(name string, fromlist Value, level int) (Value, error) {
	parts := strings.Split(name, ".")
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(parts) {
			leaf := vm.modules[name]
			if fromlist == nil || fromlist == None || (level == 0 && isEmptyTuple(fromlist)) {
				return vm.modules[parts[0]], nil
			}
			return vm.importFromlist(leaf, fromlist)
		}
		full := strings.Join(parts[:i+1], ".")
		if _, ok := vm.modules[full]; ok {
			return step(i + 1)
		}
		r, err := vm.loadModule(full)
		return then(r, err, func(m Value) (Value, error) {
			if i > 0 {
				parent := vm.modules[strings.Join(parts[:i], ".")]
				parent.Dict.SetStr(parts[i], m)
			}
			return step(i + 1)
		})
	}
	return step(0)
}

func isEmptyTuple(v Value) bool {
	t, ok := v.(Tuple)
	return ok && len(t) == 0
}

// importFromlist imports the submodules that "from pkg import a, b" names.
func (vm *VM) importFromlist(m *Module, fromlist Value) (Value, error) {
	names, _ := fromlist.(Tuple)
	if _, isPkg := m.Dict.GetStr("__path__"); !isPkg {
		return m, nil
	}
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(names) {
			return m, nil
		}
		n := string(names[i].(Str))
		if _, ok := m.Dict.GetStr(n); ok || n == "*" {
			return step(i + 1)
		}
		full := m.Name + "." + n
		r, err := vm.loadModule(full)
		return thenCatch(r, err, func(sub Value) (Value, error) {
			m.Dict.SetStr(n, sub)
			return step(i + 1)
		}, func(err error) (Value, error) {
			if isException(err, ModuleNotFoundError) {
				return step(i + 1)
			}
			return nil, err
		})
	}
	return step(0)
}

// loadModule finds and runs one module, which must not be loaded yet.
func (vm *VM) loadModule(name string) (Value, error) {
	if mk, ok := nativeModules[name]; ok {
		m := mk(vm)
		vm.modules[name] = m
		return m, nil
	}
	if src, err := lib.ReadFile("lib/" + name + ".py"); err == nil {
		return vm.execModule(name, "<frozen "+name+">", src, false)
	}
	rel := strings.ReplaceAll(name, ".", string(filepath.Separator))
	for _, dir := range vm.searchPath() {
		file := filepath.Join(dir, rel+".py")
		if src, err := os.ReadFile(file); err == nil {
			return vm.execModule(name, file, src, false)
		}
		init := filepath.Join(dir, rel, "__init__.py")
		if src, err := os.ReadFile(init); err == nil {
			return vm.execModule(name, init, src, true)
		}
	}
	msg := "No module named '" + name + "'"
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		if parent, ok := vm.modules[name[:i]]; ok {
			if _, isPkg := parent.Dict.GetStr("__path__"); !isPkg {
				msg += "; '" + name[:i] + "' is not a package"
			}
		}
	}
	e := Errorf(ModuleNotFoundError, "%s", msg)
	e.Dict = NewDict()
	e.Dict.SetStr("name", Str(name))
	return nil, e
}

func (vm *VM) searchPath() []string {
	path := append([]string(nil), vm.Path...)
	if env := os.Getenv("TASKLETPATH"); env != "" {
		path = append(path, filepath.SplitList(env)...)
	}
	return path
}

// execModule compiles and runs a module body, registering the module
// first so that import cycles see it, as Python does.
func (vm *VM) execModule(name, file string, src []byte, pkg bool) (Value, error) {
	m := vm.newModule(name)
	m.Dict.SetStr("__file__", Str(file))
	if pkg {
		m.Dict.SetStr("__path__", &List{Items: []Value{Str(filepath.Dir(file))}})
		m.Dict.SetStr("__package__", Str(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetStr("__package__", Str(name[:i]))
	} else {
		m.Dict.SetStr("__package__", Str(""))
	}
	code, serr := vm.compileSource(file, src)
	if serr != nil {
		return nil, serr
	}
	vm.modules[name] = m
	return thenCatch(&pending{fn: &moduleExec{code: code, mod: m}}, nil, func(Value) (Value, error) {
		return m, nil
	}, func(err error) (Value, error) {
		delete(vm.modules, name)
		return nil, err
	})
}

// importFrom runs IMPORT_FROM: an attribute of the module, or a submodule.
func (vm *VM) importFrom(mod Value, name string) (Value, error) {
	r, err := vm.getAttr(mod, name)
	return thenCatch(r, err, func(v Value) (Value, error) { return v, nil }, func(err error) (Value, error) {
		if !isException(err, AttributeError) {
			return nil, err
		}
		if m, ok := mod.(*Module); ok {
			if sub, ok := vm.modules[m.Name+"."+name]; ok {
				return sub, nil
			}
			file := "unknown location"
			if f, ok := m.Dict.GetStr("__file__"); ok {
				file = strSimple(f)
			}
			if _, partial := vm.modules[m.Name]; partial && vm.initializing(m) {
				return nil, Errorf(ImportError, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, m.Name, file)
			}
			return nil, Errorf(ImportError, "cannot import name '%s' from '%s' (%s)", name, m.Name, file)
		}
		return nil, Errorf(ImportError, "cannot import name '%s'", name)
	})
}

// initializing reports whether a module's body is still running.
func (vm *VM) initializing(m *Module) bool {
	for f := vm.cur.frame; f != nil; f = f.back {
		if f.code != nil && f.globals == m.Dict && f.code.Flags&compile.ModuleBody != 0 {
			return true
		}
	}
	return false
}

// importStar runs "from m import *".
func (vm *VM) importStar(f *Frame, mod Value) error {
	m, ok := mod.(*Module)
	if !ok {
		return Errorf(TypeError, "import * requires a module")
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		names, err := vm.finishNested(vm.collect(all, func(items []Value) (Value, error) { return Tuple(items), nil }))
		if err != nil {
			return err
		}
		for _, n := range names.(Tuple) {
			s, ok := n.(Str)
			if !ok {
				return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", m.Name, typeName(n))
			}
			v, ok := m.Dict.GetStr(string(s))
			if !ok {
				return Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, s)
			}
			f.locals.SetStr(string(s), v)
		}
		return nil
	}
	m.Dict.Items(func(k, v Value) bool {
		if s := string(k.(Str)); !strings.HasPrefix(s, "_") {
			f.locals.SetStr(s, v)
		}
		return true
	})
	return nil
}
