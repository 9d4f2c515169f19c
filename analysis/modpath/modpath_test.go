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
