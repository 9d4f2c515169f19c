package compile

// Fuse writes fused instructions (LOAD_FAST_LOAD_FAST and the others
// after TRACE_LINE) over the first of each pair of c's instructions that
// one can do; not in the code nested in c. A fused
// instruction saves the dispatch of the second, and of the pair
// COMPARE_OP, POP_JUMP_IF_* the bool between them. Pairs whose second
// instruction begins a line or is a jump's target are left alone: those
// are where a traced copy reports a line, over the instruction, and a
// fused instruction must find its second as it was compiled. The loop
// reads the first's original opcode back from Unfused when a fused
// instruction meets a case its fast path does not take.
func Fuse(c *Code) {
	targets := make(map[int]bool)
	for _, w := range c.Code {
		if op, arg := Op(w); op.HasJump() {
			targets[arg] = true
		}
	}
	pair := func(i int) (Opcode, bool) {
		if i+1 >= len(c.Code) || c.Pos[i].Line != c.Pos[i+1].Line || targets[i+1] {
			return 0, false
		}
		first, _ := Op(c.Code[i])
		second, _ := Op(c.Code[i+1])
		return fusedPair(first, second)
	}
	for i := 0; i < len(c.Code); i++ {
		fused, ok := pair(i)
		if !ok {
			continue
		}
		if next, ok := pair(i + 1); ok && next == LOAD_CONST_BINARY_OP {
			// x + 1: the constant's pair with the operator saves more
			// than the variable's with the constant.
			continue
		}
		c.Code[i] = c.Code[i]&^0xff | uint32(fused)
		i++ // the second stays as it is, never the first of a pair
	}
}

// fusedPair returns the instruction that does first and then second.
func fusedPair(first, second Opcode) (Opcode, bool) {
	switch {
	case first == LOAD_FAST && second == LOAD_FAST:
		return LOAD_FAST_LOAD_FAST, true
	case first == LOAD_FAST && second == LOAD_CONST:
		return LOAD_FAST_LOAD_CONST, true
	case first == STORE_FAST && second == LOAD_FAST:
		return STORE_FAST_LOAD_FAST, true
	case first == LOAD_FAST && second == LOAD_ATTR:
		return LOAD_FAST_LOAD_ATTR, true
	case first == COMPARE_OP && (second == POP_JUMP_IF_FALSE || second == POP_JUMP_IF_TRUE):
		return COMPARE_OP_JUMP, true
	case first == LOAD_CONST && second == BINARY_OP:
		return LOAD_CONST_BINARY_OP, true
	case first == LOAD_FAST && second == LOAD_METHOD:
		return LOAD_FAST_LOAD_METHOD, true
	case first == LOAD_FAST && second == RETURN_VALUE:
		return LOAD_FAST_RETURN_VALUE, true
	case first == DUP_TOP && second == LOAD_ATTR:
		return DUP_TOP_LOAD_ATTR, true
	case first == ROT_TWO && second == STORE_ATTR:
		return ROT_TWO_STORE_ATTR, true
	case first == LOAD_FAST && second == YIELD_VALUE:
		return LOAD_FAST_YIELD_VALUE, true
	}
	return 0, false
}

// Unfused is the opcode whose work a fused instruction does first.
func Unfused(op Opcode) Opcode {
	switch op {
	case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST, LOAD_FAST_LOAD_ATTR, LOAD_FAST_LOAD_METHOD, LOAD_FAST_RETURN_VALUE,
		LOAD_FAST_YIELD_VALUE:
		return LOAD_FAST
	case LOAD_CONST_BINARY_OP:
		return LOAD_CONST
	case DUP_TOP_LOAD_ATTR:
		return DUP_TOP
	case ROT_TWO_STORE_ATTR:
		return ROT_TWO
	case STORE_FAST_LOAD_FAST:
		return STORE_FAST
	case COMPARE_OP_JUMP:
		return COMPARE_OP
	}
	return op
}
