package analysis

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// files is an importer over a map that can change between analyses.
type files map[string]string

func (fs files) importer(name string) (string, []byte, bool) {
	src, ok := fs[name]
	return name + ".py", []byte(src), ok
}

func diagStrings(r *Result) []string {
	var out []string
	for _, d := range r.Diagnostics {
		out = append(out, fmt.Sprintf("%d:%d %s %s", d.Range.Start.Line, d.Range.Start.Col, d.Code, d.Message))
	}
	return out
}

const cacheApp = `import stackless
import lib
from lib import Pool, start
from helpers import Thing

p = lib.start(1)
p.take()
p.missing()
q = start(2).take()
t = Thing()
t.size()
lib.helpers.Thing().nothing
`

func cacheFiles() files {
	return files{
		"lib": `import helpers


class Pool:
    def __init__(self):
        self.n = 0

    def take(self):
        return helpers.Thing()


def start(n):
    return Pool()
`,
		"helpers": `class Thing:
    def size(self):
        return 1
`,
	}
}

// TestModuleCacheGivesTheSameDiagnostics: with a cache, the first and the
// later analyses report what an analysis without one does, and the later
// ones reuse the imported modules.
func TestModuleCacheGivesTheSameDiagnostics(t *testing.T) {
	fs := cacheFiles()
	want := Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer})
	require.Contains(t, diagStrings(want), "8:3 unknown-attribute 'Pool' object has no attribute 'missing': reading it raises AttributeError")
	c := NewModuleCache()
	first := Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer, Modules: c})
	second := Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer, Modules: c})
	assert.Equal(t, diagStrings(want), diagStrings(first))
	assert.Equal(t, diagStrings(want), diagStrings(second))
	assert.Equal(t, []string{"helpers.py", "lib.py"}, second.Imports)
	assert.Equal(t, 2, c.Len())
	assert.Same(t, first.loader.modules["lib"], second.loader.modules["lib"], "lib is reused")
	assert.NotSame(t, want.loader.modules["lib"], first.loader.modules["lib"])
}

// TestModuleCacheFollowsChanges: a changed import is analyzed again; a
// change of a file imported further down takes Forget.
func TestModuleCacheFollowsChanges(t *testing.T) {
	fs := cacheFiles()
	c := NewModuleCache()
	opts := Options{Import: fs.importer, Modules: c}
	Analyze("app.py", []byte(cacheApp), opts)

	fs["lib"] = "import helpers\n\n\nclass Pool:\n    def take(self):\n        return 1\n\n\ndef start(n):\n    return Pool()\n\n\ndef extra():\n    pass\n"
	got := Analyze("app.py", []byte(cacheApp+"lib.extra()\n"), opts)
	assert.Equal(t, diagStrings(Analyze("app.py", []byte(cacheApp+"lib.extra()\n"), Options{Import: fs.importer})), diagStrings(got))
	assert.NotContains(t, fmt.Sprint(diagStrings(got)), "extra")

	fs["helpers"] = "class Thing:\n    def size(self):\n        return 1\n\n    def nothing(self):\n        pass\n"
	c.Forget("helpers.py")
	assert.Equal(t, 0, c.Len(), "lib read helpers.py: both go")
	got = Analyze("app.py", []byte(cacheApp), opts)
	assert.Equal(t, diagStrings(Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer})), diagStrings(got))
}

// TestModuleCacheImportCycle: imported files that import each other are
// analyzed once each, and the cycle ends.
func TestModuleCacheImportCycle(t *testing.T) {
	fs := files{
		"a": "import b\n\n\ndef fa():\n    return b.fb()\n\n\nclass A:\n    pass\n",
		"b": "import a\n\n\ndef fb():\n    return a.A()\n",
	}
	src := []byte("import a\nx = a.fa()\nx.nope\na.b.fb().nope2\n")
	want := diagStrings(Analyze("main.py", src, Options{Import: fs.importer}))
	c := NewModuleCache()
	for range 2 {
		assert.Equal(t, want, diagStrings(Analyze("main.py", src, Options{Import: fs.importer, Modules: c})))
	}
	assert.Equal(t, 2, c.Len())
}

// TestModuleCacheScopes: a module found under another search path is
// another module.
func TestModuleCacheScopes(t *testing.T) {
	fs := cacheFiles()
	c := NewModuleCache()
	one := Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer, Modules: c, ModulesScope: "one"})
	two := Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer, Modules: c, ModulesScope: "two"})
	assert.NotSame(t, one.loader.modules["lib"], two.loader.modules["lib"])
	assert.Equal(t, 4, c.Len())
}

// TestModuleCacheConcurrent shares a cache between analyses running at
// the same time; under the race detector it finds shared writes.
func TestModuleCacheConcurrent(t *testing.T) {
	fs := cacheFiles()
	want := diagStrings(Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer}))
	c := NewModuleCache()
	var wg sync.WaitGroup
	got := make([][]string, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				got[g] = diagStrings(Analyze("app.py", []byte(cacheApp), Options{Import: fs.importer, Modules: c}))
			}
		}()
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}
}
