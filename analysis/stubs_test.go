package analysis

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

// stubState counts what an analysis could add to the shared stubs: cached
// types, instance attributes, and references to their symbols.
func stubState() map[string]int {
	loadStubs()
	out := map[string]int{}
	for name, m := range stubs {
		out[name+" attrs"] = len(m.Result.instAttrs)
		refs, typed := 0, 0
		for _, s := range m.Result.Scopes {
			for _, sym := range s.Symbols {
				refs += len(sym.Refs)
				if sym.typeState != typeUnknown {
					typed++
				}
			}
		}
		out[name+" refs"] = refs
		out[name+" types"] = typed
	}
	return out
}

func checkPrograms(t *testing.T) [][]byte {
	files, err := filepath.Glob("testdata/checks/*.py")
	require.NoError(t, err)
	srcs := [][]byte{bigProgram(500), []byte("import os\nprint(os.path.join('a', 'b').upper(), len([1]))\n")}
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		srcs = append(srcs, src)
	}
	return srcs
}

// TestStubsStayUnchanged: the stubs are shared by every analysis, so an
// analysis must not write into them; before they were frozen, each one
// appended its uses of print or range to the built-ins and kept its whole
// tree alive.
func TestStubsStayUnchanged(t *testing.T) {
	srcs := checkPrograms(t)
	Analyze("warm.py", srcs[0], Options{})
	before := stubState()
	for _, src := range srcs {
		Analyze("p.py", src, Options{})
	}
	assert.Equal(t, before, stubState())
}

// TestConcurrentAnalyses runs analyses in parallel, as the language server
// does (the publisher and the request handlers); under the race detector
// it finds any state they share and write.
func TestConcurrentAnalyses(t *testing.T) {
	srcs := checkPrograms(t)
	want := make([]int, len(srcs))
	for i, src := range srcs {
		want[i] = len(Analyze("p.py", src, Options{}).Diagnostics)
	}
	var wg sync.WaitGroup
	got := make([][]int, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, src := range srcs {
				got[g] = append(got[g], len(Analyze("p.py", src, Options{}).Diagnostics))
			}
		}()
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}
}

// TestStubDocs: hover shows a docstring for every built-in name, every
// method of a built-in class, and every member of the stackless module,
// its classes' included.
func TestStubDocs(t *testing.T) {
	loadStubs()
	var missing []string
	check := func(s *Scope, prefix string) {
		for _, sym := range s.Sorted() {
			var body []syntax.Stmt
			switch n := sym.Defs[0].Node.(type) {
			case *syntax.FuncDef:
				body = n.Body
			case *syntax.ClassDef:
				body = n.Body
			default:
				continue
			}
			if _, ok := syntax.Docstring(body); !ok {
				missing = append(missing, prefix+sym.Name)
			}
		}
	}
	check(builtins.Scope, "")
	for _, c := range builtins.Scope.Children {
		if c.Kind == ClassScope {
			check(c, c.Node.(*syntax.ClassDef).Name.Id+".")
		}
	}
	st := stubs["stackless"]
	check(st.Scope, "stackless.")
	for _, c := range st.Scope.Children {
		if c.Kind == ClassScope {
			check(c, "stackless."+c.Node.(*syntax.ClassDef).Name.Id+".")
		}
	}
	assert.Empty(t, missing)
}
