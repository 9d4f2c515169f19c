package modpath

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindFollowsTheVMsOrder(t *testing.T) {
	root := t.TempDir()
	script := filepath.Join(root, "app", "main.py")
	lib := filepath.Join(root, "lib")
	write := func(path, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	write(script, "import both\n")
	write(filepath.Join(root, "app", "both.py"), "BESIDE = 1\n")
	write(filepath.Join(lib, "both.py"), "ON_PATH = 1\n")
	write(filepath.Join(lib, "only.py"), "X = 1\n")
	write(filepath.Join(lib, "pkg", "__init__.py"), "P = 1\n")
	write(filepath.Join(lib, "pkg", "sub.py"), "S = 1\n")

	dirs := SearchPath(script, lib+string(os.PathListSeparator)+"")
	assert.Equal(t, []string{filepath.Join(root, "app"), lib}, dirs)
	imp := Importer(dirs, ReadDisk)

	path, src, ok := imp("both")
	require.True(t, ok)
	assert.Equal(t, filepath.Join(root, "app", "both.py"), path, "beside the script wins")
	assert.Equal(t, "BESIDE = 1\n", string(src))

	path, _, ok = imp("only")
	require.True(t, ok)
	assert.Equal(t, filepath.Join(lib, "only.py"), path)

	path, _, ok = imp("pkg")
	require.True(t, ok)
	assert.Equal(t, filepath.Join(lib, "pkg", "__init__.py"), path)

	path, _, ok = imp("pkg.sub")
	require.True(t, ok)
	assert.Equal(t, filepath.Join(lib, "pkg", "sub.py"), path)

	_, _, ok = imp("missing")
	assert.False(t, ok)
}

func TestReaderWins(t *testing.T) {
	unsaved := func(path string) ([]byte, bool) {
		if path == filepath.Join("/w", "m.py") {
			return []byte("EDITED = 1\n"), true
		}
		return nil, false
	}
	path, src, ok := Find([]string{"/w"}, "m", unsaved)
	require.True(t, ok)
	assert.Equal(t, filepath.Join("/w", "m.py"), path)
	assert.Equal(t, "EDITED = 1\n", string(src))
}

func TestListNamesImportableModules(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"a.py", "b.py", "pkg/__init__.py", "pkg/sub.py", "pkg/inner/__init__.py", "pkg/inner/deep.py",
		"plain/x.py", "not-a-module.py", "9lives.py", "notes.txt", "__init__.py"} {
		path := filepath.Join(root, "one", filepath.FromSlash(f))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, nil, 0o644))
	}
	other := filepath.Join(root, "two")
	require.NoError(t, os.MkdirAll(other, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(other, "a.py"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(other, "c.py"), nil, 0o644))
	assert.Equal(t, []string{"a", "b", "c", "pkg", "pkg.inner", "pkg.sub"},
		List([]string{filepath.Join(root, "one"), other, filepath.Join(root, "missing")}))
}
