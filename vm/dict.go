package vm

// A Dict is a Python dict: a hash table that remembers insertion order.
//
// Entries live in a slice in insertion order; an index table of int32 maps
// hash slots to entries. Deleted entries stay as holes (key nil) until the
// table is rebuilt. Iteration order is insertion order, as in Python, so the
// layout of the index table is invisible to programs.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty; otherwise an index into entries
	used    int     // live entries
	// version changes on every insertion or deletion, so that iterators can
	// detect a dict that changed size while being iterated.
	version uint32
	// classDict marks the namespace of a class: any change to it makes
	// the classes' cached attribute lookups stale (see Type.Lookup).
	classDict bool
	// keyBits has bit hash%64 set for the hash of every key inserted
	// since the index was last rebuilt: a clear bit proves a key absent
	// without a probe, which is how a method call on an instance learns
	// that the instance dict does not shadow the method.
	keyBits uint64
}

// keyBit is the bit of keyBits for a key of hash h.
func keyBit(h int64) uint64 { return 1 << (uint64(h) & 63) }

// lacks reports whether d certainly has no key of hash h.
func (d *Dict) lacks(h int64) bool { return d.keyBits&keyBit(h) == 0 }

// modified notes a change of d's contents.
func (d *Dict) modified() {
	if d.classDict {
		typeVersion++
	}
}

type dictEntry struct {
	key   Value // nil for a deleted entry
	value Value
	hash  int64
}

const dictMinIndex = 8

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

func (d *Dict) findSlot(hash int64, match func(e *dictEntry) (bool, error)) (slot int, entry int, err error) {
	if len(d.index) == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.index[i]
		if ix == -1 {
			return int(i), -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key != nil && e.hash == hash {
				ok, err := match(e)
				if err != nil {
					return -1, -1, err
				}
				if ok {
					return int(i), int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup finds the entry for key, whose hash is given.
func (d *Dict) lookup(vm *VM, key Value, hash int64) (int, error) {
	_, ix, err := d.findSlot(hash, func(e *dictEntry) (bool, error) {
		if identical(e.key, key) {
			return true, nil
		}
		return vm.equalNested(e.key, key)
	})
	return ix, err
}

// Get returns the value for key.
func (d *Dict) Get(vm *VM, key Value) (Value, bool, error) {
	if s, ok := key.(Str); ok {
		v, found := d.GetStr(string(s))
		return v, found, nil
	}
	h, err := vm.hash(key)
	if err != nil {
		return nil, false, err
	}
	ix, err := d.lookup(vm, key, h)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetStr looks up a str key without needing a VM: str keys never call
// user code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if len(d.index) == 0 {
		return nil, false
	}
	return d.getStrHashed(key, strHash(key))
}

// getStrHashed is GetStr for a key whose hash h is known: attribute
// lookup walks a class's MRO with one hash.
func (d *Dict) getStrHashed(key string, h int64) (Value, bool) {
	if _, ix := d.findStr(key, h); ix >= 0 {
		return d.entries[ix].value, true
	}
	return nil, false
}

// findStr is findSlot for a str key, without the indirect call: names are
// looked up more than anything else.
func (d *Dict) findStr(key string, h int64) (slot, entry int) {
	if len(d.index) == 0 {
		return -1, -1
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == -1 {
			return int(i), -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if s, ok := e.key.(Str); ok && string(s) == key {
					return int(i), int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// SetStr stores a str key, as for attributes and globals.
func (d *Dict) SetStr(key string, v Value) {
	h := strHash(key)
	if _, ix := d.findStr(key, h); ix >= 0 {
		// Replacing a value: the key is not boxed again.
		d.entries[ix].value = v
		d.modified()
		return
	}
	d.set(Str(key), h, v, func(e *dictEntry) (bool, error) {
		if s, ok := e.key.(Str); ok {
			return string(s) == key, nil
		}
		return false, nil
	})
}

// Set stores key: value.
func (d *Dict) Set(vm *VM, key, v Value) error {
	if s, ok := key.(Str); ok {
		d.SetStr(string(s), v)
		return nil
	}
	h, err := vm.hash(key)
	if err != nil {
		return err
	}
	return d.set(key, h, v, func(e *dictEntry) (bool, error) {
		if identical(e.key, key) {
			return true, nil
		}
		return vm.equalNested(e.key, key)
	})
}

func (d *Dict) set(key Value, hash int64, v Value, match func(*dictEntry) (bool, error)) error {
	slot, ix, err := d.findSlot(hash, match)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = v
		d.modified()
		return nil
	}
	if slot < 0 || len(d.entries)+1 > len(d.index)*2/3 {
		d.grow()
		slot, _, _ = d.findSlot(hash, func(*dictEntry) (bool, error) { return false, nil })
	}
	d.entries = append(d.entries, dictEntry{key: key, value: v, hash: hash})
	d.index[slot] = int32(len(d.entries) - 1)
	d.keyBits |= keyBit(hash)
	d.used++
	d.version++
	d.modified()
	return nil
}

// grow rebuilds the index for the live entries, dropping holes.
func (d *Dict) grow() {
	if d.used < len(d.entries) {
		live := d.entries[:0]
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		for i := len(live); i < len(d.entries); i++ {
			d.entries[i] = dictEntry{}
		}
		d.entries = live
	}
	size := dictMinIndex
	for size*2/3 <= d.used+1 {
		size *= 2
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(size - 1)
	d.keyBits = 0
	for ix, e := range d.entries {
		d.keyBits |= keyBit(e.hash)
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != -1 {
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
		d.index[i] = int32(ix)
	}
}

// Delete removes key, reporting whether it was there.
func (d *Dict) Delete(vm *VM, key Value) (bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return false, err
	}
	slot, ix, err := d.findSlot(h, func(e *dictEntry) (bool, error) {
		if identical(e.key, key) {
			return true, nil
		}
		return vm.equalNested(e.key, key)
	})
	if err != nil || ix < 0 {
		return false, err
	}
	d.index[slot] = -2
	d.entries[ix] = dictEntry{}
	d.used--
	d.version++
	d.modified()
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.index = nil
		d.keyBits = 0
	}
	return true, nil
}

// DeleteStr removes a str key.
func (d *Dict) DeleteStr(key string) bool {
	if len(d.index) == 0 {
		return false
	}
	h := strHash(key)
	slot, ix, _ := d.findSlot(h, func(e *dictEntry) (bool, error) {
		s, ok := e.key.(Str)
		return ok && string(s) == key, nil
	})
	if ix < 0 {
		return false
	}
	d.index[slot] = -2
	d.entries[ix] = dictEntry{}
	d.used--
	d.version++
	d.modified()
	return true
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items calls fn for each item in order until it returns false.
func (d *Dict) Items(fn func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !fn(e.key, e.value) {
			return
		}
	}
}

// entryAt returns the live entry at or after position i of the entry list,
// for iterators, with the next position.
func (d *Dict) entryAt(i int) (dictEntry, int, bool) {
	for ; i < len(d.entries); i++ {
		if d.entries[i].key != nil {
			return d.entries[i], i + 1, true
		}
	}
	return dictEntry{}, i, false
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	nd := &Dict{used: d.used, keyBits: d.keyBits}
	if d.used == len(d.entries) {
		nd.entries = append([]dictEntry(nil), d.entries...)
		nd.index = append([]int32(nil), d.index...)
		return nd
	}
	for _, e := range d.entries {
		if e.key != nil {
			nd.entries = append(nd.entries, e)
		}
	}
	nd.used = len(nd.entries)
	nd.grow()
	return nd
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.keyBits = 0
	d.used = 0
	d.version++
	d.modified()
}

// popLast removes and returns the last item, for dict.popitem.
func (d *Dict) popLast() (dictEntry, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			h := e.hash
			mask := uint64(len(d.index) - 1)
			perturb := uint64(h)
			j := uint64(h) & mask
			for d.index[j] != int32(i) {
				perturb >>= 5
				j = (j*5 + 1 + perturb) & mask
			}
			d.index[j] = -2
			d.entries = d.entries[:i]
			d.used--
			d.version++
			d.modified()
			return e, true
		}
	}
	return dictEntry{}, false
}
