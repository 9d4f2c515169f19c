package syntax

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	runeByNameOnce sync.Once
	runeByName     map[string]rune
)

// lookupRuneName resolves the NAME of a \N{NAME} escape. The table is
// built on first use, since few programs need it.
func lookupRuneName(name string) (rune, bool) {
	runeByNameOnce.Do(func() {
		runeByName = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if n := runenames.Name(r); n != "" && !strings.HasPrefix(n, "<") {
				runeByName[n] = r
			}
		}
	})
	r, ok := runeByName[strings.ToUpper(name)]
	return r, ok
}
