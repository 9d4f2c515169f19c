package pystr

// appendMapped appends the full mapping of r from table, or r itself.
func appendMapped(b []byte, table []caseMapping, r rune) []byte {
	if m, ok := mapCase(table, r); ok {
		return append(b, m...)
	}
	return appendRune(b, r)
}

// appendLower appends the lowercase of the code point r found at byte i
// of s. Capital sigma becomes final sigma when a cased letter precedes it
// and none follows, looking past case-ignorable code points both ways.
func appendLower(b []byte, s string, i int, r rune) []byte {
	if r != 'Σ' {
		return appendMapped(b, lowerMap[:], r)
	}
	final := false
	j := i
	for j > 0 {
		c, n := decodeLastRune(s, j)
		if !has(c, pCaseIgnorable) {
			final = has(c, pCased)
			break
		}
		j -= n
	}
	if final {
		_, n := decodeRune(s, i)
		for j = i + n; j < len(s); {
			c, n := decodeRune(s, j)
			if !has(c, pCaseIgnorable) {
				final = !has(c, pCased)
				break
			}
			j += n
		}
	}
	if final {
		return append(b, "ς"...)
	}
	return append(b, "σ"...)
}

// mapASCII applies f to every byte of an ASCII s, returning s itself when
// nothing changes.
func mapASCII(s string, f func(c byte) byte) string {
	for i := 0; i < len(s); i++ {
		if f(s[i]) != s[i] {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = f(b[j])
			}
			return string(b)
		}
	}
	return s
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

func asciiSwap(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return asciiLower(c)
}

// mapRunes builds a string from the code points of s, each turned into
// bytes by f, which also gets the code point's byte offset.
func mapRunes(s string, f func(b []byte, i int, r rune) []byte) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		b = f(b, i, r)
		i += n
	}
	return string(b)
}

// Upper is str.upper with full case mappings ('ß' becomes "SS").
func Upper(s string) string {
	if isASCII(s) {
		return mapASCII(s, asciiUpper)
	}
	return mapRunes(s, func(b []byte, _ int, r rune) []byte { return appendMapped(b, upperMap[:], r) })
}

// Lower is str.lower, with the final-sigma rule.
func Lower(s string) string {
	if isASCII(s) {
		return mapASCII(s, asciiLower)
	}
	return mapRunes(s, func(b []byte, i int, r rune) []byte { return appendLower(b, s, i, r) })
}

// CaseFold is str.casefold.
func CaseFold(s string) string {
	if isASCII(s) {
		return mapASCII(s, asciiLower)
	}
	return mapRunes(s, func(b []byte, _ int, r rune) []byte { return appendMapped(b, foldMap[:], r) })
}

// SwapCase is str.swapcase: uppercase code points are lowered (final
// sigma included), lowercase ones raised.
func SwapCase(s string) string {
	if isASCII(s) {
		return mapASCII(s, asciiSwap)
	}
	return mapRunes(s, func(b []byte, i int, r rune) []byte {
		switch p := props(r); {
		case p&pUpper != 0:
			return appendLower(b, s, i, r)
		case p&pLower != 0:
			return appendMapped(b, upperMap[:], r)
		}
		return appendRune(b, r)
	})
}

// Capitalize is str.capitalize: the first code point in titlecase (as
// Python 3.8 and later do), the rest lowered.
func Capitalize(s string) string {
	return mapRunes(s, func(b []byte, i int, r rune) []byte {
		if i == 0 {
			return appendMapped(b, titleMap[:], r)
		}
		return appendLower(b, s, i, r)
	})
}

// Title is str.title: a code point after a cased one is lowered, any
// other is titlecased.
func Title(s string) string {
	prevCased := false
	return mapRunes(s, func(b []byte, i int, r rune) []byte {
		if prevCased {
			b = appendLower(b, s, i, r)
		} else {
			b = appendMapped(b, titleMap[:], r)
		}
		prevCased = has(r, pCased)
		return b
	})
}

// all reports whether s is not empty and every code point has one of the
// properties p.
func all(s string, p uint16) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		if !has(r, p) {
			return false
		}
		i += n
	}
	return true
}

// IsAlpha is str.isalpha.
func IsAlpha(s string) bool { return all(s, pAlpha) }

// IsAlnum is str.isalnum: alphabetic, decimal, digit or numeric.
func IsAlnum(s string) bool { return all(s, pAlnum) }

// IsDecimal is str.isdecimal.
func IsDecimal(s string) bool { return all(s, pDecimal) }

// IsDigit is str.isdigit (decimals plus digits such as '²').
func IsDigit(s string) bool { return all(s, pDigit) }

// IsNumeric is str.isnumeric (digits plus numerals such as '½' and '三').
func IsNumeric(s string) bool { return all(s, pNumeric) }

// IsSpace is str.isspace.
func IsSpace(s string) bool { return all(s, pSpace) }

// IsPrintable is str.isprintable; the empty string is printable.
func IsPrintable(s string) bool { return s == "" || all(s, pPrintable) }

// IsASCII is str.isascii and bytes.isascii.
func IsASCII(s string) bool { return isASCII(s) }

// IsIdentifier is str.isidentifier: an XID_Start code point or '_', then
// XID_Continue code points.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, n := decodeRune(s, 0)
	return has(r, pIDStart) && (n == len(s) || all(s[n:], pIDContinue))
}

// IsLower is str.islower: some cased code point and none uppercase or
// titlecase.
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		p := props(r)
		if p&(pUpper|pTitle) != 0 {
			return false
		}
		cased = cased || p&pLower != 0
		i += n
	}
	return cased
}

// IsUpper is str.isupper: some uppercase code point and none lowercase or
// titlecase.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		p := props(r)
		if p&(pLower|pTitle) != 0 {
			return false
		}
		cased = cased || p&pUpper != 0
		i += n
	}
	return cased
}

// IsTitle is str.istitle: uppercase and titlecase code points only start
// words, lowercase ones only continue them, and there is at least one.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		p := props(r)
		switch {
		case p&(pUpper|pTitle) != 0:
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case p&pLower != 0:
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
		i += n
	}
	return cased
}
