package vm

import (
	"fmt"
	"sort"
	"strings"
)

// location is where the running Python code is, as "file:line", for
// reports (where a channel was created).
func (vm *VM) location() string {
	f := vm.callerFrame()
	if f == nil {
		return "?"
	}
	return fmt.Sprintf("%s:%d", f.code.Filename, f.Line())
}

func sortTasklets(ts []*Tasklet) {
	sort.Slice(ts, func(i, j int) bool { return ts[i].id < ts[j].id })
}

// taskletFunction names what a tasklet runs: its bottom Python function.
func taskletFunction(t *Tasklet) string {
	var name string
	for f := t.frame; f != nil; f = f.back {
		if f.code != nil {
			name = f.code.QualName
		}
	}
	if name == "" && t.fn != nil {
		switch fn := t.fn.(type) {
		case *Function:
			name = fn.QualName
		case *Builtin:
			name = fn.Name
		default:
			name = typeName(t.fn)
		}
	}
	return name
}

// taskletWhere is the file:line a tasklet is executing.
func taskletWhere(t *Tasklet) string {
	for f := t.frame; f != nil; f = f.back {
		if f.code != nil {
			return fmt.Sprintf("%s:%d", f.code.Filename, f.Line())
		}
	}
	return "not started"
}

// describeTasklet is one entry of a deadlock report. The current tasklet
// is about to block on channel c (sending or not), when c is not nil.
func (vm *VM) describeTasklet(t *Tasklet, c *Channel, sending bool) string {
	name := "tasklet"
	if t.isMain {
		name = "main tasklet"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "  %s %d (%s) at %s", name, t.id, taskletFunction(t), taskletWhere(t))
	verb := "blocked"
	if t.blockedOn != nil {
		c, sending = t.blockedOn, t.sending
	} else if t == vm.cur {
		verb = "blocking"
	} else {
		c = nil
	}
	if c != nil {
		dir := "receive"
		if sending {
			dir = "send"
		}
		fmt.Fprintf(&sb, ": %s in %s on channel created at %s", verb, dir, c.created)
	} else if t == vm.cur {
		sb.WriteString(": blocking")
	}
	sb.WriteByte('\n')
	return sb.String()
}
