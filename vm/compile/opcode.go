package compile

// An Opcode is one instruction of the tasklet VM's bytecode.
//
// Code is a []uint32: the low 8 bits of each word are the opcode, the upper
// 24 bits its argument. Jumps name absolute instruction indices.
type Opcode uint8

const (
	NOP Opcode = iota

	// Stack manipulation.
	POP_TOP
	ROT_TWO
	ROT_THREE
	ROT_FOUR
	DUP_TOP
	DUP_TOP_TWO

	// Names. The argument indexes Code.Consts, Code.Names, the fast locals
	// or the cells (cell variables first, then free variables).
	LOAD_CONST
	LOAD_FAST
	STORE_FAST
	DELETE_FAST
	LOAD_DEREF
	STORE_DEREF
	DELETE_DEREF
	LOAD_CLASSDEREF // class body reading a free variable: the class namespace first
	LOAD_CLOSURE    // push the cell itself, to build a closure
	LOAD_GLOBAL
	STORE_GLOBAL
	DELETE_GLOBAL
	LOAD_NAME // module and class bodies: namespace, globals, builtins
	STORE_NAME
	DELETE_NAME
	LOAD_ATTR
	STORE_ATTR
	DELETE_ATTR
	LOAD_METHOD // push the method and self (or NULL and the attribute) for CALL_METHOD
	BINARY_SUBSCR
	STORE_SUBSCR
	DELETE_SUBSCR
	BUILD_SLICE // arg 2 or 3

	// Operators. BINARY_OP's argument is a BinOp; INPLACE_OP's too.
	UNARY_POSITIVE
	UNARY_NEGATIVE
	UNARY_NOT
	UNARY_INVERT
	BINARY_OP
	INPLACE_OP
	COMPARE_OP  // arg: CmpOp (==, !=, <, <=, >, >=)
	IS_OP       // arg 1: is not
	CONTAINS_OP // arg 1: not in

	// Control flow.
	JUMP
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP
	GET_ITER
	FOR_ITER // push next(TOS), or pop TOS and jump when it is exhausted
	RETURN_VALUE

	// Exceptions. Handlers are found through Code.Handlers, not through
	// instructions that set them up.
	PUSH_EXC_INFO   // TOS is the caught exception: make it the handled one, keeping the previous under it
	POP_EXCEPT      // restore the previously handled exception (TOS)
	CHECK_EXC_MATCH // TOS1 is the exception, TOS the class(es): replace TOS with the match result
	RERAISE         // raise TOS again (arg 1: keep the original traceback position)
	RAISE_VARARGS   // arg 0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS
	LOAD_ASSERTION_ERROR
	BEFORE_WITH       // TOS is a context manager: push its bound __exit__, then the result of __enter__()
	WITH_EXCEPT_START // call __exit__ (at stack depth arg) with the exception at TOS

	// Calls and functions.
	CALL        // arg: number of positional arguments; callable below them
	CALL_KW     // arg: number of arguments; TOS is a tuple of keyword names for the last ones
	CALL_EX     // arg 1: TOS is a mapping of keywords; below it the positional tuple, then the callable
	CALL_METHOD // after LOAD_METHOD: arg positional arguments
	MAKE_FUNCTION
	LOAD_BUILD_CLASS
	SETUP_ANNOTATIONS

	// Displays.
	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP // arg pairs
	BUILD_STRING
	LIST_APPEND // arg: depth of the list below TOS
	SET_ADD
	MAP_ADD
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	DICT_MERGE // like DICT_UPDATE, but duplicate keys are an error (f(**a, **b))
	LIST_TO_TUPLE
	UNPACK_SEQUENCE
	UNPACK_EX // arg: count before the star | count after << 8
	FORMAT_VALUE

	// Generators.
	YIELD_VALUE
	GET_YIELD_FROM_ITER
	SEND // TOS is the value to send, TOS1 the sub-iterator; jump on its return

	// Imports.
	IMPORT_NAME // TOS fromlist, TOS1 level
	IMPORT_FROM
	IMPORT_STAR

	// TRACE_LINE is never emitted: the VM writes it over the first
	// instruction of each line in a traced copy of the code, for a
	// debugger's line events.
	TRACE_LINE

	// Fused instructions are never emitted either: the VM writes them over
	// the first of two instructions of one line that often follow each
	// other (see Fuse), and leaves the second in place. The fused
	// instruction does the work of both, reading the second's argument
	// from the next word, and then skips it; a jump to the second still
	// finds it there.
	LOAD_FAST_LOAD_FAST
	LOAD_FAST_LOAD_CONST
	STORE_FAST_LOAD_FAST
	LOAD_FAST_LOAD_ATTR
	COMPARE_OP_JUMP // COMPARE_OP then POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE
	LOAD_CONST_BINARY_OP
	LOAD_FAST_LOAD_METHOD
	LOAD_FAST_RETURN_VALUE
	DUP_TOP_LOAD_ATTR  // obj.x op= ...: the attribute's read
	ROT_TWO_STORE_ATTR // obj.x op= ...: the attribute's write
	LOAD_FAST_YIELD_VALUE

	numOpcodes
)

// MAKE_FUNCTION flags.
const (
	MakeDefaults   = 1 << iota // a tuple of positional defaults
	MakeKwDefaults             // a dict of keyword-only defaults
	MakeClosure                // a tuple of cells
)

// FORMAT_VALUE flags: the conversion in the low two bits, and whether a
// format spec is on the stack.
const (
	FormatNone  = 0
	FormatStr   = 1
	FormatRepr  = 2
	FormatASCII = 3
	FormatSpec  = 4
)

// BinOp is the argument of BINARY_OP and INPLACE_OP.
type BinOp uint8

const (
	Add BinOp = iota
	Sub
	Mul
	TrueDiv
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	And
	Or
	Xor
	MatMul
)

var binOpNames = [...]string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"}

func (op BinOp) String() string { return binOpNames[op] }

// Method names for each BinOp: the operator, its reflection, the in-place
// form.
var binOpMethods = [...][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__and__", "__rand__", "__iand__"},
	{"__or__", "__ror__", "__ior__"},
	{"__xor__", "__rxor__", "__ixor__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
}

// Methods returns the special method names of op: forward, reflected and
// in-place.
func (op BinOp) Methods() (forward, reflected, inplace string) {
	m := binOpMethods[op]
	return m[0], m[1], m[2]
}

// CmpOp is the argument of COMPARE_OP.
type CmpOp uint8

const (
	Lt CmpOp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)

var cmpOpNames = [...]string{"<", "<=", "==", "!=", ">", ">="}

func (op CmpOp) String() string { return cmpOpNames[op] }

var cmpMethods = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// Method returns the special method name of op.
func (op CmpOp) Method() string { return cmpMethods[op] }

// Swapped returns the reflected comparison (a < b is b > a).
func (op CmpOp) Swapped() CmpOp {
	return [...]CmpOp{Gt, Ge, Eq, Ne, Lt, Le}[op]
}

var opcodeNames = [...]string{
	NOP: "NOP", POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE", ROT_FOUR: "ROT_FOUR",
	DUP_TOP: "DUP_TOP", DUP_TOP_TWO: "DUP_TOP_TWO", LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST",
	STORE_FAST: "STORE_FAST", DELETE_FAST: "DELETE_FAST", LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF",
	DELETE_DEREF: "DELETE_DEREF", LOAD_CLASSDEREF: "LOAD_CLASSDEREF", LOAD_CLOSURE: "LOAD_CLOSURE",
	LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME", LOAD_ATTR: "LOAD_ATTR",
	STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR", LOAD_METHOD: "LOAD_METHOD",
	BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR",
	BUILD_SLICE: "BUILD_SLICE", UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_NEGATIVE: "UNARY_NEGATIVE",
	UNARY_NOT: "UNARY_NOT", UNARY_INVERT: "UNARY_INVERT", BINARY_OP: "BINARY_OP", INPLACE_OP: "INPLACE_OP",
	COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP", JUMP: "JUMP",
	POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER", RETURN_VALUE: "RETURN_VALUE", PUSH_EXC_INFO: "PUSH_EXC_INFO",
	POP_EXCEPT: "POP_EXCEPT", CHECK_EXC_MATCH: "CHECK_EXC_MATCH", RERAISE: "RERAISE",
	RAISE_VARARGS: "RAISE_VARARGS", LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR", BEFORE_WITH: "BEFORE_WITH",
	WITH_EXCEPT_START: "WITH_EXCEPT_START", CALL: "CALL", CALL_KW: "CALL_KW", CALL_EX: "CALL_EX",
	CALL_METHOD: "CALL_METHOD", MAKE_FUNCTION: "MAKE_FUNCTION", LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS",
	SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS", BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST",
	BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP", BUILD_STRING: "BUILD_STRING", LIST_APPEND: "LIST_APPEND",
	SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND", SET_UPDATE: "SET_UPDATE",
	DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE",
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX", FORMAT_VALUE: "FORMAT_VALUE",
	YIELD_VALUE: "YIELD_VALUE", GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", SEND: "SEND",
	IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	TRACE_LINE:          "TRACE_LINE",
	LOAD_FAST_LOAD_FAST: "LOAD_FAST_LOAD_FAST", LOAD_FAST_LOAD_CONST: "LOAD_FAST_LOAD_CONST",
	STORE_FAST_LOAD_FAST: "STORE_FAST_LOAD_FAST", LOAD_FAST_LOAD_ATTR: "LOAD_FAST_LOAD_ATTR",
	COMPARE_OP_JUMP: "COMPARE_OP_JUMP", LOAD_CONST_BINARY_OP: "LOAD_CONST_BINARY_OP",
	LOAD_FAST_LOAD_METHOD: "LOAD_FAST_LOAD_METHOD", LOAD_FAST_RETURN_VALUE: "LOAD_FAST_RETURN_VALUE",
	DUP_TOP_LOAD_ATTR: "DUP_TOP_LOAD_ATTR", ROT_TWO_STORE_ATTR: "ROT_TWO_STORE_ATTR",
	LOAD_FAST_YIELD_VALUE: "LOAD_FAST_YIELD_VALUE",
}

func (op Opcode) String() string {
	if int(op) < len(opcodeNames) && opcodeNames[op] != "" {
		return opcodeNames[op]
	}
	return "OP?"
}

// HasJump reports whether op's argument is an instruction index.
func (op Opcode) HasJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}
