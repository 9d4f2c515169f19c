package pystr

// Property bits of a code point, in the order testdata/gentables.py
// assigns them. Each is what CPython's predicate of the same meaning
// answers for a one-character string.
const (
	pAlpha         uint16 = 1 << iota // str.isalpha
	pDecimal                          // str.isdecimal
	pDigit                            // str.isdigit
	pNumeric                          // str.isnumeric
	pSpace                            // str.isspace
	pPrintable                        // str.isprintable
	pLower                            // the Lowercase property
	pUpper                            // the Uppercase property
	pTitle                            // general category Lt
	pCased                            // the Cased property
	pCaseIgnorable                    // the Case_Ignorable property
	pIDStart                          // XID_Start or '_'
	pIDContinue                       // XID_Continue
	pLineBreak                        // a line boundary for splitlines

	pAlnum = pAlpha | pDecimal | pDigit | pNumeric
)

// caseMapping maps a code point to its full case mapping.
type caseMapping struct {
	r rune
	s string
}

// asciiProps caches the properties of ASCII, which almost every string
// operation asks about, to skip the binary search.
var asciiProps [128]uint16

func init() {
	for r := range asciiProps {
		asciiProps[r] = lookupProps(rune(r))
	}
}

func props(r rune) uint16 {
	if r >= 0 && r < 128 {
		return asciiProps[r]
	}
	return lookupProps(r)
}

func lookupProps(r rune) uint16 {
	if r < 0 || r > 0x10FFFF {
		return 0
	}
	// Find the last run starting at or before r.
	lo, hi := 0, len(propStarts)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if propStarts[mid] <= r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return propFlags[lo]
}

func has(r rune, p uint16) bool { return props(r)&p != 0 }

// IsSpaceRune reports whether r is whitespace as str.isspace and str.split
// see it; int() and float() strip the same characters.
func IsSpaceRune(r rune) bool { return has(r, pSpace) }

// Decimal returns the value of r as a decimal digit (0-9, any script, as
// int() and str.isdecimal accept them), or -1.
func Decimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !has(r, pDecimal) {
		return -1
	}
	lo, hi := 0, len(decimalZeros)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if decimalZeros[mid] <= r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return int(r - decimalZeros[lo])
}

// mapCase looks r up in one of the generated case tables.
func mapCase(table []caseMapping, r rune) (string, bool) {
	lo, hi := 0, len(table)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case table[mid].r == r:
			return table[mid].s, true
		case table[mid].r < r:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return "", false
}
