package debugger

import (
	"fmt"
	"path/filepath"
	"strings"

	"tasklet/vm"
)

// TaskletInfo describes a tasklet for a list of tasklets.
type TaskletInfo struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`     // its name attribute, or its function
	Function string `json:"function"` // what it runs
	State    string `json:"state"`    // running, runnable, blocked, in run(), removed, new
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	// For a blocked tasklet: the channel and the direction.
	Channel   string `json:"channel,omitempty"`
	Direction string `json:"direction,omitempty"`
}

// stateName is what a debugger's user calls the state of t: a tasklet
// out of the runnable ring but not blocked waits in run() or was removed
// (or interrupted by run(timeout)); a new one is not started.
func stateName(m *vm.VM, t *vm.Tasklet) string {
	s := m.State(t)
	if s == vm.TaskletPaused {
		if m.InRun(t) {
			return "in run()"
		}
		return "removed"
	}
	return s.String()
}

// Label is the tasklet as a thread list shows it: "3 worker (blocked:
// receive on channel@prog.py:12)".
func (i TaskletInfo) Label() string {
	state := i.State
	if state == "new" {
		state = "not started"
	}
	if i.Direction != "" {
		state += ": " + i.Direction + " on " + i.Channel
	}
	return fmt.Sprintf("%d %s (%s)", i.ID, i.Name, state)
}

// Info describes t. Call it inside Do.
func Info(m *vm.VM, t *vm.Tasklet) TaskletInfo {
	info := TaskletInfo{ID: t.ID(), Function: t.Name(), State: stateName(m, t)}
	info.Name = info.Function
	if n, ok := t.Attr("name").(vm.Str); ok && n != "" {
		info.Name = string(n)
	}
	// Where, not Frames: listing tasklets must not keep their frames
	// from being reused.
	if file, line, ok := t.Where(); ok {
		info.File, info.Line = file, line
	} else if _, file, line, ok := t.Entry(); ok {
		info.File, info.Line = file, line
	}
	if c, sending := t.BlockedOn(); c != nil {
		info.Channel = channelName(c)
		info.Direction = "receive"
		if sending {
			info.Direction = "send"
		}
	}
	return info
}

// describeTasklet is one line about t, for stop descriptions.
func describeTasklet(m *vm.VM, t *vm.Tasklet) string {
	i := Info(m, t)
	s := fmt.Sprintf("tasklet %d (%s) is %s", i.ID, i.Name, i.State)
	if i.Direction != "" {
		s += " on " + i.Direction + " from " + i.Channel
		if i.Direction == "send" {
			s = strings.Replace(s, " from ", " to ", 1)
		}
	}
	if i.File != "" {
		s += fmt.Sprintf(" at %s:%d", shortPath(i.File), i.Line)
	}
	return s
}

// channelName names a channel by where it was made.
func channelName(c *vm.Channel) string {
	if c.Created() == "" {
		return "channel"
	}
	return "channel@" + shortPath(c.Created())
}

func shortPath(p string) string { return filepath.Base(p) }

// TaskletFilter selects tasklets for a list.
type TaskletFilter struct {
	State    string // "" for any
	Function string // a substring of the function or name; "" for any
}

func (f TaskletFilter) matches(i TaskletInfo) bool {
	if f.State != "" && f.State != i.State {
		return false
	}
	if f.Function != "" && !strings.Contains(i.Function, f.Function) && !strings.Contains(i.Name, f.Function) {
		return false
	}
	return true
}

// Tasklets lists the tasklets that match filter, from start, at most
// count of them (all when count is 0), with the number that match. Call
// it inside Do.
func Tasklets(m *vm.VM, filter TaskletFilter, start, count int) ([]TaskletInfo, int) {
	var out []TaskletInfo
	total := 0
	for _, t := range m.Tasklets() {
		if filter.State == "" && filter.Function == "" {
			// Describe only the page, not 100,000 tasklets.
			if total >= start && (count == 0 || len(out) < count) {
				out = append(out, Info(m, t))
			}
			total++
			continue
		}
		i := Info(m, t)
		if !filter.matches(i) {
			continue
		}
		if total >= start && (count == 0 || len(out) < count) {
			out = append(out, i)
		}
		total++
	}
	return out, total
}

// StateCounts returns how many tasklets are in each state, for a view
// that groups them by state without listing them all. Call it inside Do.
func StateCounts(m *vm.VM) map[string]int {
	counts := map[string]int{}
	for _, t := range m.Tasklets() {
		counts[stateName(m, t)]++
	}
	return counts
}

// Waiter is a tasklet in a channel's queue.
type Waiter struct {
	Tasklet   int64  `json:"tasklet"`
	Name      string `json:"name"`
	Direction string `json:"direction"`
	// Value is what a sender offers (repr), or the exception it sends.
	Value string `json:"value,omitempty"`
	File  string `json:"file,omitempty"`
	Line  int    `json:"line,omitempty"`
}

// ChannelInfo describes a channel that tasklets wait on.
type ChannelInfo struct {
	Name       string   `json:"name"`
	Created    string   `json:"created"`
	Balance    int      `json:"balance"`
	Preference int      `json:"preference"`
	Closing    bool     `json:"closing"`
	Queue      []Waiter `json:"queue"`
	channel    *vm.Channel
}

// Channel returns the channel described.
func (c ChannelInfo) Channel() *vm.Channel { return c.channel }

// Channels describes every channel that tasklets wait on, with its queue
// in order. Call it inside Do.
func Channels(m *vm.VM) []ChannelInfo {
	var out []ChannelInfo
	for _, c := range m.Channels() {
		info := ChannelInfo{Name: channelName(c), Created: c.Created(), Balance: c.Balance(),
			Preference: c.Preference(), Closing: c.Closing(), channel: c}
		for _, t := range c.Queue() {
			ti := Info(m, t)
			w := Waiter{Tasklet: t.ID(), Name: ti.Name, Direction: ti.Direction, File: ti.File, Line: ti.Line}
			if v, err, ok := t.Offer(); ok {
				if err != nil {
					w.Value = m.ExceptionMessage(err)
				} else {
					w.Value = m.Repr(v)
				}
			}
			info.Queue = append(info.Queue, w)
		}
		out = append(out, info)
	}
	return out
}
