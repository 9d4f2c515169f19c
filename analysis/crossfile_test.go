package analysis

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

// A two-file program: lib.py defines, app.py uses it three ways.
var crossFiles = map[string]string{
	"lib": `class Pool:
    def take(self):
        return 1


def start(n):
    return Pool()
`,
}

const crossApp = `import lib
from lib import start
from lib import start as begin

p = lib.start(1)
start(2)
begin(3)
q = p.take()
`

func importer(name string) (string, []byte, bool) {
	src, ok := crossFiles[name]
	return name + ".py", []byte(src), ok
}

func texts(src string, rs []syntax.Range) []string {
	var out []string
	for _, r := range rs {
		out = append(out, src[r.Start.Offset:r.End.Offset]+"@"+r.Start.String())
	}
	return out
}

func TestRefsAcrossFiles(t *testing.T) {
	app := Analyze("app.py", []byte(crossApp), Options{Import: importer})
	lib := Analyze("lib.py", []byte(crossFiles["lib"]), Options{Import: importer})

	// From a use in app.py, the key is the def in lib.py.
	key, ok := app.KeyAt(int32(len("import lib\nfrom lib import ") + 1))
	require.True(t, ok)
	assert.Equal(t, Key{Path: "lib.py", Offset: int32(len(crossFiles["lib"]) - len("start(n):\n    return Pool()\n")), Name: "start"}, key)
	libKey, ok := lib.KeyAt(key.Offset)
	require.True(t, ok)
	assert.Equal(t, key, libKey)

	assert.Equal(t, []string{"start@2:17", "start@3:17", "begin@3:26", "start@5:9", "start@6:1", "begin@7:1"}, texts(crossApp, app.RefsTo(key, false)))
	// Rename leaves the alias alone but renames what it imports.
	assert.Equal(t, []string{"start@2:17", "start@3:17", "start@5:9", "start@6:1"}, texts(crossApp, app.RefsTo(key, true)))
	assert.Equal(t, []string{"start@6:5"}, texts(crossFiles["lib"], lib.RefsTo(key, true)))

	// Type definition: p is a Pool, defined in lib.py.
	locs := app.TypeDefinition(int32(len(crossApp) - len("p.take()\n")))
	require.Len(t, locs, 1)
	assert.Equal(t, "lib.py", locs[0].Path)
	assert.Equal(t, "1:7", locs[0].Range.Start.String())
}

func TestCallsAndTokens(t *testing.T) {
	app := Analyze("app.py", []byte(crossApp), Options{Import: importer})
	var callees []string
	for _, c := range app.Calls() {
		callees = append(callees, c.Callee.Path+":"+c.Callee.Name)
	}
	assert.Equal(t, []string{"lib.py:start", "lib.py:start", "lib.py:start", "lib.py:take"}, callees)

	src := "import stackless\n\n\ndef f(x):\n    ch = stackless.channel()\n    return len(x)\n"
	r := Analyze("t.py", []byte(src), Options{})
	var got []string
	for _, tok := range r.Tokens(0, int32(len(src))) {
		s := src[tok.Range.Start.Offset:tok.Range.End.Offset] + ":" + TokenKinds[tok.Kind]
		if tok.Declaration {
			s += "+decl"
		}
		if tok.Builtin {
			s += "+builtin"
		}
		if tok.Stackless {
			s += "+stackless"
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"stackless:namespace+decl+stackless", "f:function+decl", "x:parameter+decl",
		"ch:variable+decl", "stackless:namespace+stackless", "channel:class+builtin+stackless", "len:function+builtin", "x:parameter"}, got)
	assert.Len(t, r.Tokens(int32(len("import stackless\n\n\ndef ")), int32(len("import stackless\n\n\ndef f("))), 1)
}

// A package's submodule is its attribute once any module imports it; a
// submodule that does not exist is not.
func TestSubmoduleAttribute(t *testing.T) {
	files := map[string]string{"pkg": "X = 1\n", "pkg.sub": "Y = 2\n"}
	imp := func(name string) (string, []byte, bool) {
		src, ok := files[name]
		return name + ".py", []byte(src), ok
	}
	src := "import pkg\nprint(pkg.X, pkg.sub.Y, pkg.nothere)\n"
	var got []string
	for _, d := range Analyze("app.py", []byte(src), Options{Import: imp}).Diagnostics {
		got = append(got, d.Range.Start.String()+" "+d.Message)
	}
	assert.Equal(t, []string{"2:29 module 'pkg' has no attribute 'nothere': reading it raises AttributeError"}, got)
}

func TestImportsListsFilesRead(t *testing.T) {
	res := Analyze("app.py", []byte(crossApp), Options{Import: importer})
	assert.Equal(t, []string{"lib.py"}, res.Imports)
	res = Analyze("solo.py", []byte("import stackless, os\nimport missing\nprint(stackless.channel, os.sep)\n"), Options{Import: importer})
	assert.Empty(t, res.Imports, "the VM's modules and files not found are not files read")
}

func TestImportedNameMissingFromFile(t *testing.T) {
	res := Analyze("app.py", []byte("from lib import start, begin\nprint(start, begin)\n"), Options{Import: importer})
	require.Len(t, res.Diagnostics, 1)
	assert.Equal(t, "unknown-import", res.Diagnostics[0].Code)
	assert.Equal(t, "cannot import name 'begin' from 'lib': the import raises ImportError", res.Diagnostics[0].Message)
}

func TestImportCompletionListsModules(t *testing.T) {
	list := func() []string { return []string{"app", "lib", "pkg", "pkg.sub"} }
	src := "import l\nimport pkg.\nimport a\n"
	res := Analyze("app.py", []byte(src), Options{ListModules: list})
	labels := func(off int) []string {
		var out []string
		for _, c := range res.Complete(int32(off)) {
			out = append(out, c.Label)
		}
		return out
	}
	assert.Equal(t, []string{"lib"}, labels(len("import l")))
	assert.Equal(t, []string{"sub"}, labels(len("import l\nimport pkg.")))
	assert.NotContains(t, labels(len(src)-1), "app", "a file does not import itself")
}
