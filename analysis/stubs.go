package analysis

import (
	"embed"
	"strings"
	"sync"
)

// The stubs describe, as Python source with "..." for bodies, every
// built-in and every module the VM provides: their signatures for call
// checks and signature help, their docstrings for hover, their return
// annotations for inference. Writing them in Python lets one resolver and
// one hover path serve user code and stubs alike.
//
//go:embed stubs/*.py
var stubFiles embed.FS

var (
	stubsOnce sync.Once
	// builtins and stubs are written once, by loadStubs, before any
	// analysis reads them.
	builtins *Module
	stubs    map[string]*Module
)

// loadStubs binds the stub modules, builtins first since the others'
// names fall back to it.
func loadStubs() {
	stubsOnce.Do(func() {
		ld := &loader{modules: map[string]*Module{}}
		bind := func(name string) *Module {
			src, err := stubFiles.ReadFile("stubs/" + name + ".py")
			if err != nil {
				panic("analysis: missing stub " + name)
			}
			r := ld.bindFile(name, "<"+name+">", src)
			r.Module.Stub = true
			return r.Module
		}
		builtins = bind("builtins")
		m := map[string]*Module{"builtins": builtins}
		entries, _ := stubFiles.ReadDir("stubs")
		for _, e := range entries {
			name := strings.TrimSuffix(e.Name(), ".py")
			if name != "builtins" {
				m[name] = bind(name)
			}
		}
		stubs = m
	})
}

// builtinsModule is the stub of the built-in names, nil while it is being
// bound itself.
func builtinsModule() *Module { return builtins }

// stubModule returns the stub of a module the VM provides, or nil.
func stubModule(name string) *Module { return stubs[name] }

// StubModules lists the names of the modules the VM provides, for import
// completion.
func StubModules() []string {
	loadStubs()
	var out []string
	for name := range stubs {
		if name != "builtins" {
			out = append(out, name)
		}
	}
	return out
}
