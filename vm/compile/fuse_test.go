package compile_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
	"tasklet/vm/compile"
)

// function compiles src and returns the code of its first function.
func function(t *testing.T, src string) *compile.Code {
	t.Helper()
	f, errs := syntax.Parse("f.py", []byte(src))
	require.Empty(t, errs)
	c, cerrs := compile.File(f)
	require.Empty(t, cerrs)
	for _, k := range c.Consts {
		if fn, ok := k.(*compile.Code); ok {
			return fn
		}
	}
	t.Fatal("no function in the source")
	return nil
}

func opcodes(c *compile.Code) []compile.Opcode {
	var ops []compile.Opcode
	for _, w := range c.Code {
		op, _ := compile.Op(w)
		ops = append(ops, op)
	}
	return ops
}

func TestFuseWritesOverTheFirstOfAPairAndKeepsTheSecond(t *testing.T) {
	// One line for each fused instruction.
	c := function(t, `def f(a, b):
    if a < b: pass
    c = a; d = c
    a.x += 1
    a.m()
    e = a.x
    g = a + 1
    h = a == 2
    return b
`)
	before := opcodes(c)
	compile.Fuse(c)
	after := opcodes(c)
	require.Len(t, after, len(before))
	var fused []compile.Opcode
	for i, op := range after {
		if op == before[i] {
			continue
		}
		fused = append(fused, op)
		assert.Equal(t, before[i], compile.Unfused(op), "instruction %d", i)
		assert.Equal(t, before[i+1], after[i+1], "the second of a pair stays as compiled")
	}
	assert.ElementsMatch(t, []compile.Opcode{
		compile.LOAD_FAST_LOAD_FAST, compile.COMPARE_OP_JUMP, // a < b
		compile.STORE_FAST_LOAD_FAST,                          // c = a; d = c
		compile.DUP_TOP_LOAD_ATTR, compile.ROT_TWO_STORE_ATTR, // a.x += 1
		compile.LOAD_FAST_LOAD_METHOD,  // a.m()
		compile.LOAD_FAST_LOAD_ATTR,    // a.x
		compile.LOAD_CONST_BINARY_OP,   // a + 1, rather than a with 1
		compile.LOAD_FAST_LOAD_CONST,   // a == 2 (COMPARE_OP has no pair with the constant)
		compile.LOAD_FAST_RETURN_VALUE, // return b
	}, fused)

	g := function(t, "def g(a):\n    yield a\n")
	compile.Fuse(g)
	assert.Contains(t, opcodes(g), compile.LOAD_FAST_YIELD_VALUE)
}

func TestFuseLeavesPairsAcrossLinesAndJumpTargets(t *testing.T) {
	// a and b load on two lines. In (a and b) + c, LOAD_FAST b and
	// LOAD_FAST c are on one line, but the jump of "and" goes to the
	// second: a jump there must find LOAD_FAST c, not half of a pair.
	c := function(t, "def f(a, b, c):\n    x = (a,\n         b)\n    return (a and b) + c\n")
	before := opcodes(c)
	targets := map[int]bool{}
	for _, w := range c.Code {
		if op, arg := compile.Op(w); op.HasJump() {
			targets[arg] = true
		}
	}
	var crossLine, toTarget bool
	for i := 0; i+1 < len(before); i++ {
		if before[i] == compile.LOAD_FAST && before[i+1] == compile.LOAD_FAST {
			crossLine = crossLine || c.Pos[i].Line != c.Pos[i+1].Line
			toTarget = toTarget || targets[i+1]
		}
	}
	require.True(t, crossLine && toTarget, "the source has both kinds of pair")
	compile.Fuse(c)
	for i, op := range opcodes(c) {
		if op != before[i] {
			assert.Equal(t, c.Pos[i].Line, c.Pos[i+1].Line, "pair at %d spans lines", i)
			assert.False(t, targets[i+1], "pair at %d: its second is a jump target", i)
		}
	}
	assert.Equal(t, compile.LOAD_FAST, compile.Unfused(compile.LOAD_FAST))
}
