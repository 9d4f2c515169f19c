package vm

import "strconv"

// What a debugger shows inside a value: the items of containers and the
// attributes of objects, as debugpy's variables view does.

// maxChildren caps the children of one value: a debugger pages through
// them with ChildrenRange.
const maxChildren = 1 << 20

// NumChildren returns how many children Children would list for v: 0 for
// values shown whole (numbers, strings, None).
func (vm *VM) NumChildren(v Value) int {
	switch x := v.(type) {
	case NoneType, Bool, Int, Float, Str, Bytes, EllipsisType, NotImplementedType, *Builtin:
		return 0
	case Tuple:
		return len(x)
	case *List:
		return len(x.Items)
	case *Dict:
		return x.Len()
	case *Set:
		return x.Len()
	case *Channel:
		return len(vm.channelChildren(x))
	case *Tasklet:
		return len(vm.taskletChildren(x))
	}
	return len(vm.attributes(v))
}

// Children returns the children of v from index start, at most count of
// them: items [0], [1], ... of sequences and sets, items by key repr of
// dicts, a channel's state and queue, and the attributes of other
// objects.
func (vm *VM) Children(v Value, start, count int) []Variable {
	if count <= 0 || count > maxChildren {
		count = maxChildren
	}
	var all []Variable
	switch x := v.(type) {
	case Tuple:
		return indexed(x, start, count, false)
	case *List:
		return indexed(x.Items, start, count, true)
	case *Set:
		return indexed(x.Elements(), start, count, false)
	case *Dict:
		i := 0
		x.Items(func(k, val Value) bool {
			if i >= start && len(all) < count {
				all = append(all, Variable{Name: vm.Repr(k), Value: val, key: k})
			}
			i++
			return len(all) < count
		})
		return all
	case *Channel:
		all = vm.channelChildren(x)
	case *Tasklet:
		all = vm.taskletChildren(x)
	default:
		all = vm.attributes(v)
	}
	if start >= len(all) {
		return nil
	}
	all = all[start:]
	if len(all) > count {
		all = all[:count]
	}
	return all
}

func indexed(items []Value, start, count int, keyed bool) []Variable {
	var out []Variable
	for i := start; i < len(items) && len(out) < count; i++ {
		v := Variable{Name: "[" + strconv.Itoa(i) + "]", Value: items[i]}
		if keyed {
			v.key = Int(i)
		}
		out = append(out, v)
	}
	return out
}

// attributes lists an object's own attributes: its instance dict, a
// class's namespace, a module's globals, an exception's args.
func (vm *VM) attributes(v Value) []Variable {
	switch x := v.(type) {
	case *Module:
		return dictVariables(x.Dict)
	case *Type:
		return dictVariables(x.Dict)
	case *Exception:
		out := []Variable{{Name: "args", Value: x.Args}}
		if x.Dict != nil {
			out = append(out, dictVariables(x.Dict)...)
		}
		return out
	}
	if d := instanceDict(v, false); d != nil {
		return dictVariables(d)
	}
	return nil
}

// channelChildren is a channel's state as a debugger shows it.
func (vm *VM) channelChildren(c *Channel) []Variable {
	queue := Tuple{}
	for _, t := range c.Queue() {
		queue = append(queue, t)
	}
	return []Variable{
		{Name: "balance", Value: Int(c.balance)},
		{Name: "preference", Value: Int(c.preference)},
		{Name: "closing", Value: Bool(c.closing)},
		{Name: "closed", Value: Bool(c.closed())},
		{Name: "queue", Value: queue},
	}
}

// taskletChildren is what a debugger shows of a tasklet: its state, what
// it waits on, its tempval and its attributes.
func (vm *VM) taskletChildren(t *Tasklet) []Variable {
	out := []Variable{
		{Name: "id", Value: Int(t.id)},
		{Name: "state", Value: Str(vm.State(t).String())},
	}
	if c, sending := t.BlockedOn(); c != nil {
		dir := "receive"
		if sending {
			dir = "send"
		}
		out = append(out, Variable{Name: "blocked_on", Value: c}, Variable{Name: "direction", Value: Str(dir)})
		if v, err, ok := t.Offer(); ok {
			if err != nil {
				v = vm.toException(err)
			}
			out = append(out, Variable{Name: "offer", Value: v})
		}
	}
	out = append(out, Variable{Name: "tempval", Value: t.Tempval()})
	for _, flag := range []struct {
		name string
		on   bool
	}{{"atomic", t.atomic}, {"block_trap", t.blockTrap}, {"is_main", t.isMain}} {
		out = append(out, Variable{Name: flag.name, Value: Bool(flag.on)})
	}
	if t.ext != nil && t.ext.dict != nil {
		out = append(out, dictVariables(t.ext.dict)...)
	}
	return out
}
