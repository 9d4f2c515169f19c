package analysis

import (
	"strings"

	"tasklet/syntax"
)

// A SignatureInfo describes the call the cursor is in, for signature help.
type SignatureInfo struct {
	Label  string   // name(param, param, ...)
	Params []string // the labels of the parameters the call passes
	Active int      // the parameter the cursor's argument fills, or -1
	Doc    string
}

// SignatureAt finds the innermost open call before byte offset off and
// describes its callee. It reads the text backwards from the cursor, as
// the call being typed rarely parses yet.
func (r *Result) SignatureAt(off int32) (SignatureInfo, bool) {
	if off < 0 || int(off) > len(r.Src) {
		return SignatureInfo{}, false
	}
	lo := max(0, int(off)-4096)
	text := string(r.Src[lo:off])
	open, commas, current := openParen(text)
	if open < 0 {
		return SignatureInfo{}, false
	}
	x, errs := syntax.ParseExpr(chainBefore(strings.TrimRight(text[:open], " \t")))
	if len(errs) > 0 {
		return SignatureInfo{}, false
	}
	t := r.evalChain(x, r.ScopeAtOffset(off))
	fn, bound, name := r.callee(t)
	if fn == nil {
		return SignatureInfo{}, false
	}
	labels := ParamLabels(fn)
	if bound && len(labels) > 0 && fn.Params().List[0].Kind <= syntax.NormalParam {
		labels = labels[1:]
	}
	info := SignatureInfo{Label: name + "(" + strings.Join(labels, ", ") + ")", Params: labels, Active: activeParam(labels, commas, current)}
	if fn.Def != nil {
		info.Doc = docOf(fn.Def.Body)
	}
	return info, true
}

// openParen scans text backwards for the parenthesis that opens the call
// the text ends in. It returns its index, how many commas separate the
// arguments before the cursor, and the text of the current argument.
func openParen(text string) (int, int, string) {
	depth, commas := 0, 0
	lastComma := len(text)
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			if depth == 0 {
				return -1, 0, ""
			}
			depth--
		case '(':
			if depth == 0 {
				return i, commas, strings.TrimSpace(text[i+1 : lastComma])
			}
			depth--
		case ',':
			if depth == 0 {
				if commas == 0 {
					lastComma = i
				}
				commas++
			}
		case '\n':
			if depth == 0 && i > 0 && text[i-1] == ':' {
				return -1, 0, ""
			}
		}
	}
	return -1, 0, ""
}

// activeParam maps the argument under the cursor to a parameter: by name
// for "name=...", by position otherwise, staying on *args once reached.
func activeParam(labels []string, commas int, current string) int {
	current = strings.TrimSpace(current)
	if i := strings.Index(current, "="); i > 0 && !strings.ContainsAny(current[:i], "=!<>") {
		name := strings.TrimSpace(current[:i])
		for j, l := range labels {
			if paramName(l) == name {
				return j
			}
		}
	}
	pos := 0
	for j, l := range labels {
		if l == "/" || l == "*" {
			continue
		}
		if strings.HasPrefix(l, "*") {
			return j
		}
		if pos == commas {
			return j
		}
		pos++
	}
	return -1
}

func paramName(label string) string {
	label = strings.TrimLeft(label, "*")
	if i := strings.IndexAny(label, ":="); i >= 0 {
		label = label[:i]
	}
	return strings.TrimSpace(label)
}
