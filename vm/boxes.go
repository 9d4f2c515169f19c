package vm

import (
	"strconv"
	"unsafe"
)

// Boxes for the results of arithmetic. A Value holding an Int or a Float
// points to a heap word of its own: Go allocates one for every int from
// 256 up and for every float, and an arithmetic loop does little else.
// The loop's fast paths take their boxes from chunks instead, one
// allocation for boxChunk results. A chunk lives as long as any box in
// it, so a long-lived result keeps its neighbours' words: at most
// boxChunk-1 words of 8 bytes, which no pointer scan ever reads.
type boxes struct {
	ints   []Int
	floats []Float
}

const boxChunk = 16

// eface is the layout of an empty interface, which a Value is.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

var (
	intTypeWord   = typeWord(Int(1000))
	floatTypeWord = typeWord(Float(0.5))
	strTypeWord   = typeWord(Str("s"))
)

func typeWord(v Value) unsafe.Pointer { return (*eface)(unsafe.Pointer(&v)).typ }

// Ints from smallIntMin up to smallIntEnd are boxed in smallInts, shared
// by every Value of that int: counters, indexes, remainders and masks
// mostly fall in that range, and then box without allocating at all.
const (
	smallIntMin = -1024
	smallIntEnd = 1 << 16
)

var smallInts [smallIntEnd - smallIntMin]Int

func init() {
	for i := range smallInts {
		smallInts[i] = Int(i + smallIntMin)
	}
}

// int returns v as a Value.
func (b *boxes) int(v Int) Value {
	if uint64(v) < 256 {
		// Go boxes these without allocating.
		return v
	}
	if v >= smallIntMin && v < smallIntEnd {
		return *(*Value)(unsafe.Pointer(&eface{intTypeWord, unsafe.Pointer(&smallInts[v-smallIntMin])}))
	}
	if len(b.ints) == 0 {
		b.ints = make([]Int, boxChunk)
	}
	p := &b.ints[0]
	b.ints = b.ints[1:]
	*p = v
	return *(*Value)(unsafe.Pointer(&eface{intTypeWord, unsafe.Pointer(p)}))
}

// float returns v as a Value.
func (b *boxes) float(v Float) Value {
	if len(b.floats) == 0 {
		b.floats = make([]Float, boxChunk)
	}
	p := &b.floats[0]
	b.floats = b.floats[1:]
	*p = v
	return *(*Value)(unsafe.Pointer(&eface{floatTypeWord, unsafe.Pointer(p)}))
}

// strValues returns parts as str Values, their headers boxed in one
// allocation: the pieces of a split mostly live and die together, and
// they already keep the string they were cut from alive.
func strValues(parts []string) []Value {
	items := make([]Value, len(parts))
	strs := make([]Str, len(parts))
	for i, p := range parts {
		strs[i] = Str(p)
		items[i] = *(*Value)(unsafe.Pointer(&eface{strTypeWord, unsafe.Pointer(&strs[i])}))
	}
	return items
}

// smallIntStrs holds str(n) for the ints 0 to 1023, made once: str() and
// f-strings of counters and remainders then neither format nor allocate.
var smallIntStrs [1024]Value

func init() {
	for i := range smallIntStrs {
		smallIntStrs[i] = Str(strconv.Itoa(i))
	}
}

// intStr returns str(n).
func intStr(n Int) Value {
	if n >= 0 && n < Int(len(smallIntStrs)) {
		return smallIntStrs[n]
	}
	return Str(strconv.FormatInt(int64(n), 10))
}
