package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkChannelOneSided (TL004) reports a channel that the program only
// sends on, or only receives from. A send on a channel blocks until a
// receiver takes the value (and a receive until a sender provides one), so
// with no other side every such operation blocks its tasklet for good: a
// deadlock when it is the main tasklet. Only channels whose every use
// analysis sees are checked, following it into the functions it is passed
// to: one stored elsewhere may be served through another name.
func checkChannelOneSided(r *Result) []Diagnostic {
	type sides struct {
		sends, receives []chanOp
	}
	bySym := map[*Symbol]*sides{}
	var order []*Symbol
	for _, op := range r.channelOps() {
		for _, sym := range r.channelsOf(op.channel) {
			s := bySym[sym]
			if s == nil {
				s = &sides{}
				bySym[sym] = s
				order = append(order, sym)
			}
			if op.send {
				s.sends = append(s.sends, op)
			} else {
				s.receives = append(s.receives, op)
			}
		}
	}
	// A tasklet that the program kills, or throws into, leaves the
	// channel it waits on: that wait is not forever.
	ended := r.endedBodies()
	var out []Diagnostic
	// An operation on a parameter may stand for several channels: it is
	// reported once, for the first.
	reported := map[syntax.Node]bool{}
	for _, sym := range order {
		s := bySym[sym]
		var ops []chanOp
		var msg string
		switch {
		case len(s.receives) == 0:
			ops = s.sends
			msg = fmt.Sprintf("nothing ever receives from channel '%s': this send blocks its tasklet forever (a deadlock in the main tasklet)", sym.Name)
		case len(s.sends) == 0:
			ops = s.receives
			msg = fmt.Sprintf("nothing ever sends on channel '%s': this receive blocks its tasklet forever (a deadlock in the main tasklet)", sym.Name)
		default:
			continue
		}
		related := []Related{{Range: sym.Defs[0].Name.Range, Message: fmt.Sprintf("channel '%s' is created here", sym.Name)}}
		for _, op := range ops {
			if reported[op.node] || ended[enclosingFunc(op.scope)] {
				continue
			}
			reported[op.node] = true
			m := msg
			if n := op.channel.(*syntax.Name); n.Id != sym.Name {
				m = fmt.Sprintf("%s ('%s' is channel '%s', passed in)", msg, n.Id, sym.Name)
			}
			out = append(out, Diagnostic{Range: opRange(op), Severity: Warning, Code: "TL004", Message: m, Related: related})
		}
	}
	return out
}

// opRange is where to report a channel operation: the call, or the
// iterable of a for loop.
func opRange(op chanOp) syntax.Range {
	if f, ok := op.node.(*syntax.For); ok {
		return f.Iter.Span()
	}
	return op.node.Span()
}
