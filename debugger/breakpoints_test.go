package debugger

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHitConditions(t *testing.T) {
	for _, tc := range []struct {
		cond  string
		stops []int // the hits among 1..10 that stop
	}{
		{"", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{"3", []int{3}},
		{"== 3", []int{3}},
		{">= 8", []int{8, 9, 10}},
		{"> 8", []int{9, 10}},
		{"<= 2", []int{1, 2}},
		{"< 2", []int{1}},
		{"% 4", []int{4, 8}},
	} {
		assert.Empty(t, checkHitCondition(tc.cond), tc.cond)
		var got []int
		for hit := 1; hit <= 10; hit++ {
			if hitMatches(tc.cond, hit) {
				got = append(got, hit)
			}
		}
		assert.Equal(t, tc.stops, got, tc.cond)
	}
	for _, bad := range []string{"x", "% 0", "== -1", ">=", "3 times"} {
		assert.NotEmpty(t, checkHitCondition(bad), bad)
	}
}

func TestBreakpointPlacement(t *testing.T) {
	e := New(Config{}, nil)
	placed := e.SetBreakpoints("dap/testdata/pingpong.py", []LineBreakpoint{
		{ID: 1, Line: 1}, {ID: 2, Line: 2}, {ID: 3, Line: 13}, {ID: 4, Line: 12}, {ID: 5, Line: 99},
		{ID: 6, Line: 5, HitCondition: "often"},
	})
	assert.Equal(t, []Placement{
		{ID: 1, Verified: true, Line: 1},
		{ID: 2, Verified: true, Line: 3, Message: ""},
		{ID: 3, Verified: true, Line: 13},
		{ID: 4, Verified: true, Line: 12},
		{ID: 5, Line: 99, Message: "no code at or after line 99"},
		{ID: 6, Line: 5, Message: `hit condition "often" is not a number, optionally after ==, >=, >, <=, < or %`},
	}, placed)
	placed = e.SetBreakpoints("dap/testdata/nonexistent.py", []LineBreakpoint{{ID: 7, Line: 1}})
	assert.False(t, placed[0].Verified)
	assert.Contains(t, placed[0].Message, "cannot read")
}
