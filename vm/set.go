package vm

// A Set is a Python set or frozenset.
//
// The table follows CPython's set implementation step by step (linear
// probes, then perturbation; the same growth rule and the same dummy
// entries), because the iteration order of a set is visible to programs:
// print({3, 1, 2}) must show {1, 2, 3} as CPython does.
type Set struct {
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	finger int // where pop() looks first
	frozen bool
	hash   int64 // frozenset hash, once computed (0 = not yet)
}

type setEntry struct {
	key  Value // nil: never used; dummyKey: deleted
	hash int64
}

type dummyKeyType struct{}

var dummyKey Value = dummyKeyType{}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// NewSet returns an empty set.
func NewSet() *Set { return &Set{table: make([]setEntry, setMinSize)} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// Add inserts key.
func (s *Set) Add(vm *VM, key Value) error {
	h, err := vm.hash(key)
	if err != nil {
		return err
	}
	return s.addHash(vm, key, h)
}

func (s *Set) addHash(vm *VM, key Value, hash int64) error {
restart:
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key == nil {
				if free >= 0 {
					s.used++
					s.table[free] = setEntry{key: key, hash: hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				n := s.used * 4
				if s.used > 50000 {
					n = s.used * 2
				}
				s.resize(n)
				return nil
			}
			if e.hash == hash && e.key != dummyKey {
				if identical(e.key, key) {
					return nil
				}
				tableLen := len(s.table)
				eq, err := vm.equalNested(e.key, key)
				if err != nil {
					return err
				}
				if len(s.table) != tableLen || s.table[i+j].key != e.key {
					goto restart // the comparison changed the set
				}
				if eq {
					return nil
				}
			} else if e.key == dummyKey && free < 0 {
				free = int(i + j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// find returns the table index of key, or -1.
func (s *Set) find(vm *VM, key Value, hash int64) (int, error) {
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != dummyKey {
				if identical(e.key, key) {
					return int(i + j), nil
				}
				eq, err := vm.equalNested(e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in s.
func (s *Set) Contains(vm *VM, key Value) (bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.find(vm, key, h)
	return i >= 0, err
}

// Discard removes key, reporting whether it was there.
func (s *Set) Discard(vm *VM, key Value) (bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.find(vm, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: dummyKey, hash: -1}
	s.used--
	return true, nil
}

// resize rebuilds the table for at least minUsed elements.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			s.insertClean(e.key, e.hash)
		}
	}
}

// insertClean places a key known to be absent in a table without dummies.
func (s *Set) insertClean(key Value, hash int64) {
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		if s.table[i].key == nil {
			s.table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.table[i+j].key == nil {
					s.table[i+j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Elements returns the elements in iteration order.
func (s *Set) Elements() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

// entries calls fn with each live entry in table order.
func (s *Set) entries(fn func(setEntry) bool) {
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			if !fn(e) {
				return
			}
		}
	}
}

// Copy returns a copy with the same table layout, as CPython's copy does
// when the source has no dummies (and an equivalent one otherwise).
func (s *Set) Copy() *Set {
	ns := &Set{}
	if s.fill == s.used {
		ns.table = append([]setEntry(nil), s.table...)
		ns.fill, ns.used = s.fill, s.used
		return ns
	}
	ns.table = make([]setEntry, setMinSize)
	// The source's elements are distinct: merging them into an empty set
	// places each without comparing.
	_ = ns.merge(nil, s)
	return ns
}

// merge adds every element of other (set_merge in CPython, for a source
// that is a set or frozenset).
func (s *Set) merge(vm *VM, other *Set) error {
	if other.used == 0 {
		return nil
	}
	if uint64(s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && s.mask() == other.mask() && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil && e.key != dummyKey {
				s.insertClean(e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != dummyKey {
			if err := s.addHash(vm, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Pop removes and returns an arbitrary element, as set.pop does.
func (s *Set) Pop() (Value, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := int(s.mask())
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == dummyKey {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{key: dummyKey, hash: -1}
	s.used--
	s.finger = i + 1
	return k, true
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
}
