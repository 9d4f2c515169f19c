package pystr

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runesOf decodes s with this package's decoder, surrogates included: the
// model that Text's indexing is checked against.
func runesOf(s string) []rune {
	var rs []rune
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		rs = append(rs, r)
		i += n
	}
	return rs
}

// TestTextAgainstRunes checks indexing and slicing of strings long enough
// to need Text's offset marks against a plain slice of code points.
func TestTextAgainstRunes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pool := []rune{'a', 'Z', ' ', 0xE9, 0x3A3, 0x65E5, 0xD800, 0xDFFF, 0x1F600, 0x10FFFF}
	for _, n := range []int{0, 1, 31, 32, 33, 64, 100, 257} {
		for _, asciiOnly := range []bool{false, true} {
			var b []byte
			for k := 0; k < n; k++ {
				r := pool[rng.Intn(len(pool))]
				if asciiOnly {
					r = pool[rng.Intn(3)]
				}
				b = appendRune(b, r)
			}
			s := string(b)
			model := runesOf(s)
			text := NewText(s)
			require.Equal(t, len(model), text.Len())
			require.Equal(t, len(model) == len(s), text.IsASCII())
			for i := -n - 1; i <= n; i++ {
				c, err := text.Item(i)
				if i < -n || i >= n {
					assert.Error(t, err)
					continue
				}
				j := i
				if j < 0 {
					j += n
				}
				require.NoError(t, err)
				assert.Equal(t, string(appendRune(nil, model[j])), c)
				assert.Equal(t, model[j], text.At(j))
			}
			for _, start := range []int{0, 1, 5, 31, 32, 40, n - 1, n, -1, -33} {
				for _, stop := range []int{0, 3, 33, n - 2, n, n + 5, -1} {
					for _, step := range []int{1, 2, 3, 32, -1, -2, -33} {
						first, st, count, err := SliceIndices(n, &start, &stop, &step)
						require.NoError(t, err)
						var want []byte
						for k := 0; k < count; k++ {
							want = appendRune(want, model[first+k*st])
						}
						assert.Equal(t, string(want), text.Slice(first, st, count),
							"s[%d:%d:%d] of %d code points", start, stop, step, n)
					}
				}
			}
		}
	}
}

func TestSliceIndicesExtremes(t *testing.T) {
	minInt, maxInt := -1<<63, 1<<63-1
	first, step, count, err := SliceIndices(10, nil, nil, &minInt)
	require.NoError(t, err)
	assert.Equal(t, []int{9, -maxInt, 1}, []int{first, step, count})
	first, step, count, err = SliceIndices(10, &minInt, &maxInt, nil)
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 10}, []int{first, step, count})
}
